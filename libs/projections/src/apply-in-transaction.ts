import type { Pool } from 'pg';
import type { RecordedEvent } from '@kravspar/event-store';
import { advanceCheckpoint, lockCheckpoint } from '@kravspar/read-store';
import type { Projection } from './projection';

export type ApplyOutcome = 'applied' | 'already-applied';

/**
 * Applies one event to one projection in a single transaction with its checkpoint (architecture §5): the
 * read-model writes and the new position commit together or not at all, so a crash at any point neither
 * applies an event twice nor skips one. The checkpoint row is locked first; an event at or below it was
 * applied already (by an earlier run or another process) and is passed over.
 */
export async function applyInTransaction(
  pool: Pool,
  projection: Projection,
  event: RecordedEvent,
): Promise<ApplyOutcome> {
  const applied = await applyBatchInTransaction(pool, projection, [event]).catch((error: unknown) =>
    Promise.reject(error instanceof EventApplyFailure ? error.cause : error),
  );
  return applied.length === 1 ? 'applied' : 'already-applied';
}

/**
 * The same for consecutive events of the log in one transaction (a catch-up or rebuild reads hundreds at a
 * time; one commit each would cost a disk flush per event). The checkpoint moves to the last one. Returns
 * the events applied now, leaving out those at or below the checkpoint.
 */
export async function applyBatchInTransaction(
  pool: Pool,
  projection: Projection,
  events: readonly RecordedEvent[],
  /** Asked after each event: false (the projector is stopping) commits what is applied so far and ends. */
  goOn: () => boolean = () => true,
): Promise<RecordedEvent[]> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const checkpoint = await lockCheckpoint(client, projection.name);
    const applied: RecordedEvent[] = [];
    for (const event of events) {
      if (event.position <= checkpoint) continue;
      await projection.apply(client, event).catch((cause: unknown) => Promise.reject(new EventApplyFailure(event, cause)));
      applied.push(event);
      if (!goOn()) break;
    }
    if (applied.length > 0) await advanceCheckpoint(client, projection.name, applied[applied.length - 1].position);
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    // A connection whose rollback fails is in an unknown state: it is closed rather than reused.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** A projection failed on `event`; the batch's transaction was rolled back. */
export class EventApplyFailure extends Error {
  constructor(
    readonly event: RecordedEvent,
    override readonly cause: unknown,
  ) {
    super(`applying the event at position ${event.position} failed`);
    this.name = 'EventApplyFailure';
  }
}
