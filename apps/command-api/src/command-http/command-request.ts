import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor } from '@kravspar/domain/kernel';
import { ProblemError } from '@kravspar/http';

/** What every command request carries besides its body (api.md §Conventions). */
export interface CommandRequest {
  readonly actor: Actor;
  readonly correlationId: string;
  /** From `Idempotency-Key`. */
  readonly idempotencyKey?: string;
  /** From `If-Match: "n"`. */
  readonly expectedRevision?: number;
}

interface IncomingRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  correlationId?: string;
}

const KEY = /^[A-Za-z0-9._:-]{1,200}$/;
const REVISION = /^(?:W\/)?"(\d{1,9})"$|^(\d{1,9})$/;

/** The verified actor, correlation id, `Idempotency-Key` and `If-Match` of a command request. */
export const CommandRequestOf = createParamDecorator((_data: unknown, context: ExecutionContext): CommandRequest => {
  const request = context.switchToHttp().getRequest<IncomingRequest>();
  if (!request.actor) throw new Error('command routes need a verified actor');
  const key = header(request, 'idempotency-key');
  if (key !== undefined && !KEY.test(key)) throw badHeader('Idempotency-Key', 'up to 200 letters, digits or ._:-');
  const ifMatch = header(request, 'if-match');
  const match = ifMatch === undefined ? undefined : REVISION.exec(ifMatch.trim());
  if (ifMatch !== undefined && !match) throw badHeader('If-Match', 'a revision such as "3"');
  return {
    actor: request.actor,
    correlationId: request.correlationId ?? '',
    ...(key === undefined ? {} : { idempotencyKey: key }),
    ...(match ? { expectedRevision: Number(match[1] ?? match[2]) } : {}),
  };
});

function header(request: IncomingRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function badHeader(name: string, expected: string): ProblemError {
  return new ProblemError({
    type: 'urn:kravspar:problem:validation',
    title: 'Invalid request',
    status: 400,
    detail: `The ${name} header must be ${expected}`,
    errors: [{ field: name, message: `must be ${expected}` }],
  });
}
