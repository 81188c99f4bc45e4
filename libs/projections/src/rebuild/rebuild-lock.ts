import type { Pool } from 'pg';

const LOCK_NAME = 'kravspar.read-model-builds';

/**
 * Runs `work` holding a session advisory lock, so one rebuild or diff runs at a time across processes;
 * refuses at once when another holds it rather than queueing behind a long replay.
 */
export async function withBuildLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [LOCK_NAME]);
    if (!rows[0].locked) throw new Error('another rebuild or diff is running on this database; try again when it has finished');
    try {
      return await work();
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
    }
  } finally {
    client.release();
  }
}
