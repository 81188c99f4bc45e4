import { randomUUID } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';
import type { CommandRequest } from './command-request';

const NEW_ID_NAMESPACE = '9a4f3c1e-2b7d-4e8a-a5c6-0d1e2f3a4b5c';

/**
 * The id of a resource a command creates. With an idempotency key it is derived from the key and the
 * caller, so two copies of the same request racing each other create one resource, not two.
 */
export function newIdFor(request: CommandRequest): string {
  return request.idempotencyKey === undefined
    ? randomUUID()
    : uuidV5(`${request.actor.userId}\n${request.idempotencyKey}`, NEW_ID_NAMESPACE);
}
