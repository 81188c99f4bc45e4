import type { RecordedEvent } from '../event-store.port';

export type RepeatCheck =
  | { readonly kind: 'none' }
  | { readonly kind: 'repeat'; readonly last: RecordedEvent }
  | { readonly kind: 'clash'; readonly eventId: string };

/**
 * KurrentDB's idempotency rule, on the port's terms: an append whose ids are exactly the events stored
 * right after the revision it expected is the same append again (`repeat`, answered with the last of
 * them); some of its ids there, but not all in the same places, is a `clash`; none is a new append.
 * `stored` are the events read from that revision on, at most as many as `ids`.
 */
export function checkRepeat(ids: readonly string[], stored: readonly RecordedEvent[]): RepeatCheck {
  if (ids.length === 0) return { kind: 'none' };
  const storedIds = stored.map((event) => event.metadata.eventId);
  const shared = ids.find((id) => storedIds.includes(id));
  if (shared === undefined) return { kind: 'none' };
  const same = stored.length === ids.length && ids.every((id, i) => storedIds[i] === id);
  return same ? { kind: 'repeat', last: stored[stored.length - 1] } : { kind: 'clash', eventId: shared };
}

/** The first revision a batch appended at `expected` occupies. */
export function firstRevisionAfter(expected: number | 'no-stream'): number {
  return expected === 'no-stream' ? 0 : expected + 1;
}
