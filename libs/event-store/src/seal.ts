import type { Instant } from '@kravspar/domain/kernel';
import type { EventToAppend, JsonObject, EventMetadata } from './event-store.port';
import { computeEventHash } from './integrity';

export interface SealedEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

/**
 * Gives each event its revision, recorded time and integrity fields, chaining every hash to the one
 * before it. Every adapter seals the same way, so a verifier needs only the stored events.
 */
export function sealEvents(
  streamId: string,
  firstRevision: number,
  prevHash: string,
  events: readonly EventToAppend[],
  recordedAt: Instant,
): SealedEvent[] {
  const sealed: SealedEvent[] = [];
  let previous = prevHash;
  events.forEach((event, index) => {
    const revision = firstRevision + index;
    const unsealed = { ...stripUndefined(event.metadata), recordedAt, prevHash: previous };
    const hash = computeEventHash({ streamId, revision, type: event.type, data: event.data, metadata: unsealed });
    sealed.push({ streamId, revision, type: event.type, data: event.data, metadata: { ...unsealed, hash } as EventMetadata });
    previous = hash;
  });
  return sealed;
}

function stripUndefined<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
