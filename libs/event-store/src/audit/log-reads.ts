import type { RecordedEvent } from '../event-store.port';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../postgres/event-rows';
import type { Queryable } from './checkpoint-store';
import { logLeafHash } from './log-leaf';
import { MerkleAccumulator } from './merkle';

// Reads of the PostgreSQL log by position range, for verification, sealing and export.

/** The log head; 0 when nothing was ever appended. */
export async function readHeadPosition(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ position: number }>('SELECT position FROM event_log_head');
  return Number(rows[0]?.position ?? 0);
}

/** The events at positions (after, upTo], in position order; a missing position is simply absent. */
export async function readEventRange(db: Queryable, after: number, upTo: number): Promise<RecordedEvent[]> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 AND position <= $2 ORDER BY position`,
    [after, upTo],
  );
  return rows.map(toRecordedEvent);
}

/**
 * The frontier (roots of the complete subtrees) of the tree of positions 1..size, from the stored hashes:
 * what a partial export starts from. Reads only positions and hashes.
 */
export async function frontierAt(db: Queryable, size: number, batchSize = 50_000): Promise<Buffer[]> {
  const tree = new MerkleAccumulator();
  for (let after = 0; after < size; after += batchSize) {
    const { rows } = await db.query<{ position: number; hash: string }>(
      'SELECT position, hash FROM events WHERE position > $1 AND position <= $2 ORDER BY position',
      [after, Math.min(after + batchSize, size)],
    );
    for (const row of rows) tree.push(logLeafHash(Number(row.position), row.hash));
  }
  if (tree.size !== size) throw new Error(`positions 1..${size} are not all in the log (${tree.size} found): export it whole`);
  return tree.frontier();
}
