import type { RecordedEvent } from '../event-store.port';

/** A decider's state as it stood after one revision of a stream, with what the idempotency check needs. */
export interface FoldedState<S> {
  /** The revision of the last event folded in. */
  readonly revision: number;
  /** Frozen: a pure `evolve` builds new values, so nothing may change a state once it is remembered. */
  readonly state: S;
  /**
   * Revision of every event up to `revision` whose id was derived from an idempotency key (UUID v5), by id:
   * the repeat check needs them, and the events themselves are not read again. Only grows, so entries at
   * different revisions of one stream may share it (an id of a stored event is never wrong to know).
   */
  readonly keyedEventIds: Map<string, number>;
}

/** How many streams' states a write path keeps by default (least recently used go first). */
export const DEFAULT_FOLDED_STREAMS = 1_000;

/**
 * Folded states of recently written streams, so a command on a long stream reads and folds only the events
 * after the remembered revision (architecture §3). Bounded LRU, per decider and stream. It is never taken as
 * the stream's head: the write path always reads the events after it, so other writers (or processes) are
 * seen; it only saves the fold of what was already folded. States are remembered as read, never from a
 * command's own decided events, so a refused or failed append leaves nothing behind.
 */
export class FoldedStates {
  private readonly entries = new Map<string, FoldedState<unknown>>();
  private readonly deciderIds = new WeakMap<object, number>();
  private nextDeciderId = 0;

  constructor(private readonly maxStreams: number = DEFAULT_FOLDED_STREAMS) {
    if (!Number.isInteger(maxStreams) || maxStreams < 1) throw new RangeError(`maxStreams must be a whole number ≥ 1, got ${maxStreams}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get<S>(decider: object, streamId: string): FoldedState<S> | undefined {
    const key = this.keyOf(decider, streamId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry as FoldedState<S>;
  }

  /** Remembers a state unless a later one is already known (concurrent commands may finish out of order). */
  remember<S>(decider: object, streamId: string, folded: FoldedState<S>): void {
    const key = this.keyOf(decider, streamId);
    const known = this.entries.get(key);
    if (known && known.revision >= folded.revision) return;
    this.entries.delete(key);
    this.entries.set(key, { ...folded, state: deepFreeze(folded.state) });
    if (this.entries.size > this.maxStreams) this.entries.delete(this.entries.keys().next().value!);
  }

  private keyOf(decider: object, streamId: string): string {
    let id = this.deciderIds.get(decider);
    if (id === undefined) {
      id = this.nextDeciderId++;
      this.deciderIds.set(decider, id);
    }
    return `${id}\n${streamId}`;
  }
}

/** Adds the ids of `events` that were derived from idempotency keys (UUID v5) to `ids`. */
export function rememberKeyedEventIds(ids: Map<string, number>, events: readonly RecordedEvent[]): Map<string, number> {
  for (const event of events) if (isDerivedId(event.metadata.eventId)) ids.set(event.metadata.eventId, event.revision);
  return ids;
}

// Ids derived from an idempotency key are UUID v5 (event-ids.ts); random ones are v4.
const isDerivedId = (id: string): boolean => id.length === 36 && id[14] === '5';

/** Freezes a value and everything it holds; parts already frozen (shared with an earlier state) are skipped. */
function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}
