import { WrongExpectedRevisionError } from '@kravspar/event-store';
import { PROBLEM_TYPES, type ProblemMapper } from '@kravspar/http';

/** A concurrent writer or a stale `If-Match` → 409 with the stream's current revision. */
export const concurrencyProblem: ProblemMapper = (error) => {
  if (!(error instanceof WrongExpectedRevisionError)) return undefined;
  return {
    type: PROBLEM_TYPES.concurrency,
    title: 'Conflict',
    status: 409,
    detail: `The resource is at revision ${error.actual === 'no-stream' ? 'none' : error.actual}, not ${error.expected}: read it again and retry`,
    currentRevision: error.actual === 'no-stream' ? null : error.actual,
  };
};
