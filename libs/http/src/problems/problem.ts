/** RFC 9457 problem details, with the extensions of api.md §Conventions. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The broken business rule (`P2`) and its legal basis (`LOU 11:2, 11:6`). */
  readonly rule?: string;
  readonly ruleRef?: string;
  /** Validation problems, one per field. */
  readonly errors?: readonly { field: string; message: string }[];
  /** On 409: the stream's revision now. */
  readonly currentRevision?: number | null;
}

/** Problem types of the API. Plain HTTP statuses use `about:blank` as RFC 9457 suggests. */
export const PROBLEM_TYPES = {
  businessRule: 'urn:kravspar:problem:business-rule',
  validation: 'urn:kravspar:problem:validation',
  concurrency: 'urn:kravspar:problem:concurrency',
  idempotencyKeyReused: 'urn:kravspar:problem:idempotency-key-reused',
} as const;

/** Injection token: app-specific mappings from an error to a problem (e.g. a concurrency conflict). */
export const PROBLEM_MAPPERS = Symbol('ProblemMappers');
export type ProblemMapper = (error: unknown) => Problem | undefined;

/** An error that already knows its problem (thrown by handlers for cases such as a reused idempotency key). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ProblemError';
  }
}
