import { randomUUID } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';

/** Namespace of the event ids derived from idempotency keys (a fixed, random UUID). */
const EVENT_ID_NAMESPACE = '3f0b5a52-6f5e-4d0c-9b8e-2f1f8f6f0c41';

/**
 * The id of the `index`-th event a command produces. With an idempotency key the id is derived from
 * it (and the stream), so a retried request yields the same ids and the store keeps the first copy.
 */
export function eventIdFor(streamId: string, idempotencyKey: string | undefined, index: number): string {
  if (idempotencyKey === undefined) return randomUUID();
  return uuidV5(`${streamId}\n${idempotencyKey}\n${index}`, EVENT_ID_NAMESPACE);
}
