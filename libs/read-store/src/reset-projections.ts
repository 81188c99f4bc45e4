import type { Pool } from 'pg';

/** Read-model tables carry their version in their name (`referrals_v1`); nothing else in the schema does. */
const READ_MODEL_TABLE = '_v[0-9]+$';

/**
 * Prepares a rebuild of every read model from position 0: empties every versioned read-model table and
 * sets every projection checkpoint to 0, in one transaction. Stop the projector first, start it after: it
 * then replays the whole log. Workflows share the checkpoint table and replay too, which their idempotency
 * keys make harmless (domain.md §6). A superseded version no projection writes any more (`procurements_v1`)
 * stays empty. Returns the tables emptied.
 */
export async function resetProjections(pool: Pool): Promise<string[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename ~ $1 ORDER BY tablename`,
      [READ_MODEL_TABLE],
    );
    const tables = rows.map((row) => row.name);
    if (tables.length > 0) await client.query(`TRUNCATE ${tables.map((name) => `"${name}"`).join(', ')}`);
    await client.query('UPDATE projection_checkpoints SET position = 0');
    await client.query('COMMIT');
    return tables;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
