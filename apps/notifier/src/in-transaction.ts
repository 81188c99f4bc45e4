import type { Pool, PoolClient } from 'pg';

/** Runs `work` in one transaction on one connection: commits what it wrote, or rolls all of it back. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    // A connection whose statement or commit failed may be broken: close it rather than pool it.
    client.release(error as Error);
    throw error;
  }
}
