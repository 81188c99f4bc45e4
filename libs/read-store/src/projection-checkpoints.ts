import type { Queryable } from './queryable';

/** The global position a projection has applied up to; 0 before its first event. */
export async function readCheckpoint(db: Queryable, name: string): Promise<number> {
  const result = await db.query<{ position: string | number }>(
    'SELECT position FROM projection_checkpoints WHERE name = $1',
    [name],
  );
  return result.rows.length === 0 ? 0 : Number(result.rows[0].position);
}

/**
 * Locks the projection's checkpoint row until the transaction ends and returns its position (creating it at
 * 0). Two projector processes running the same projection thus take turns per event, and the later one sees
 * that the event is already applied.
 */
export async function lockCheckpoint(db: Queryable, name: string): Promise<number> {
  const result = await db.query<{ position: string | number }>(
    `INSERT INTO projection_checkpoints (name, position) VALUES ($1, 0)
     ON CONFLICT (name) DO UPDATE SET position = projection_checkpoints.position
     RETURNING position`,
    [name],
  );
  return Number(result.rows[0].position);
}

/** Moves the checkpoint to `position`; never backwards, so a late or repeated write cannot undo progress. */
export async function advanceCheckpoint(db: Queryable, name: string, position: number): Promise<void> {
  await db.query(
    `INSERT INTO projection_checkpoints (name, position) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position
     WHERE projection_checkpoints.position < excluded.position`,
    [name, position],
  );
}
