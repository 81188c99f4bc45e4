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
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const checkpoint = await lockCheckpoint(client, projection.name);
    if (event.position <= checkpoint) {
      await client.query('COMMIT');
      return 'already-applied';
    }
    await projection.apply(client, event);
    await advanceCheckpoint(client, projection.name, event.position);
    await client.query('COMMIT');
    return 'applied';
  } catch (error) {
    // A connection whose rollback fails is in an unknown state: it is closed rather than reused.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
