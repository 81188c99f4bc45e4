import type { Pool } from 'pg';
import { matchesFilter, type EventStore, type RecordedEvent } from '@kravspar/event-store';
import { advanceCheckpoint, lockCheckpoint, readCheckpoint } from '@kravspar/read-store';
import type { ReadModelProjection } from '../projection';

const BATCH = 2_000;

export interface ReplayOptions {
  /** Replay no event above this position; default: everything stored, until a read finds nothing new. */
  readonly until?: number;
  /** Called after each batch with the position reached. */
  readonly onBatch?: (position: number) => void;
}

/**
 * Replays the log into the projections' tables behind `pool` (a scratch schema), each from its own
 * checkpoint there. A batch of events is applied per projection in one transaction with the checkpoint,
 * the projections side by side, and the next batch is read meanwhile. Returns the position reached.
 */
export async function replayInto(pool: Pool, store: EventStore, projections: readonly ReadModelProjection[], options: ReplayOptions = {}): Promise<number> {
  let position = Math.min(...(await Promise.all(projections.map((projection) => readCheckpoint(pool, projection.name)))));
  const read = (after: number) =>
    options.until !== undefined && after >= options.until
      ? Promise.resolve([])
      : store.readAll({ after, maxCount: options.until === undefined ? BATCH : Math.min(BATCH, options.until - after) });
  let next = read(position);
  for (;;) {
    const events = (await next).filter((event) => options.until === undefined || event.position <= options.until);
    if (events.length === 0) return position;
    position = events[events.length - 1].position;
    next = read(position);
    await Promise.all(projections.map((projection) => applyBatch(pool, projection, events, position)));
    options.onBatch?.(position);
  }
}

/** One projection, one batch, one transaction; events at or below its checkpoint are passed over. */
async function applyBatch(pool: Pool, projection: ReadModelProjection, events: readonly RecordedEvent[], through: number): Promise<void> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const checkpoint = await lockCheckpoint(client, projection.name);
    for (const event of events) {
      if (event.position > checkpoint && matchesFilter(projection.filter, event.streamId, event.type)) await projection.apply(client, event);
    }
    await advanceCheckpoint(client, projection.name, through);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
