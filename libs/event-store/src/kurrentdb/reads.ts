import { BACKWARDS, END, FORWARDS, START, type Direction, type ReadRevision } from '@kurrent/kurrentdb-client';
import type { EventFilter, ReadStreamOptions, RecordedEvent } from '../event-store.port';
import { matchesFilter } from '../filter';

/** How to read a stream from KurrentDB for the port's options, and what to do with what arrives. */
export interface StreamReadPlan {
  /** Nothing can match (e.g. `toRevision` below 0): do not ask the server. */
  readonly empty: boolean;
  readonly direction: Direction;
  readonly fromRevision: ReadRevision;
  /** Left to the server only when no event is dropped client-side, so a count there stays exact. */
  readonly serverMaxCount?: number;
  readonly maxCount: number;
  /** Past this revision (forwards) nothing more can be kept: stop reading. */
  readonly toRevision?: number;
  readonly recordedAtOrBeforeMs?: number;
}

/**
 * KurrentDB reads a stream from a revision in a direction, up to a count. The port's other bounds
 * are applied on what arrives: `toRevision` ends a forwards read (backwards it is the start), and the
 * recorded time, which the server does not index, filters on `metadata.recordedAt`.
 */
export function planStreamRead(options: ReadStreamOptions): StreamReadPlan {
  const { direction = 'forwards', fromRevision, toRevision, recordedAtOrBefore, maxCount = Number.MAX_SAFE_INTEGER } = options;
  const recordedAtOrBeforeMs = recordedAtOrBefore === undefined ? undefined : Date.parse(recordedAtOrBefore);
  const serverMaxCount = recordedAtOrBeforeMs === undefined ? maxCount : undefined;
  if (direction === 'forwards') {
    const first = Math.max(fromRevision ?? 0, 0);
    return {
      empty: maxCount <= 0 || (toRevision !== undefined && toRevision < first),
      direction: FORWARDS,
      fromRevision: first === 0 ? START : BigInt(first),
      serverMaxCount, maxCount, toRevision, recordedAtOrBeforeMs,
    };
  }
  const bounds = [fromRevision, toRevision].filter((bound): bound is number => bound !== undefined);
  const start = bounds.length > 0 ? Math.min(...bounds) : undefined;
  return {
    empty: maxCount <= 0 || (start !== undefined && start < 0),
    direction: BACKWARDS,
    fromRevision: start === undefined ? END : BigInt(start),
    serverMaxCount, maxCount, recordedAtOrBeforeMs,
  };
}

/** Applies the client-side part of a plan to the events the server streams back. */
export async function collectStreamRead(source: AsyncIterable<RecordedEvent | undefined>, plan: StreamReadPlan): Promise<RecordedEvent[]> {
  const kept: RecordedEvent[] = [];
  if (plan.empty) return kept;
  for await (const event of source) {
    if (!event) continue;
    if (plan.toRevision !== undefined && plan.direction === FORWARDS && event.revision > plan.toRevision) break;
    if (plan.recordedAtOrBeforeMs !== undefined && Date.parse(event.metadata.recordedAt) > plan.recordedAtOrBeforeMs) continue;
    kept.push(event);
    if (kept.length >= plan.maxCount) break;
  }
  return kept;
}

/**
 * The events of the global log after `after` that pass the whole port filter, up to `maxCount`.
 * A read from a position includes the event there, and the server filter is only part of the port
 * filter (stream names or types, not both), so both are applied again here.
 */
export async function collectAfter(
  source: AsyncIterable<RecordedEvent | undefined>,
  after: number,
  maxCount: number,
  filter: EventFilter | undefined,
): Promise<RecordedEvent[]> {
  const kept: RecordedEvent[] = [];
  if (maxCount <= 0) return kept;
  for await (const event of source) {
    if (!event || event.position <= after || !matchesFilter(filter, event.streamId, event.type)) continue;
    kept.push(event);
    if (kept.length >= maxCount) break;
  }
  return kept;
}
