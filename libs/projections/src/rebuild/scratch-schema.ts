import type { Pool } from 'pg';
import { createPool, runMigrations } from '@kravspar/postgres';
import { READ_MODEL_MIGRATIONS } from '@kravspar/read-store';

/** A schema of its own with every read-model table empty, and a pool whose unqualified names resolve there. */
export interface ScratchSchema {
  readonly name: string;
  readonly pool: Pool;
  /** Closes the pool and drops the schema with whatever is left in it. */
  drop(): Promise<void>;
}

/**
 * Creates the schema and runs the read-model migrations in it, so its tables, indexes and their names are
 * those of the live ones (a migration ledger and checkpoint table of its own come with them). The
 * projections write through `pool` unchanged: their SQL names tables without a schema.
 */
export async function createScratchSchema(main: Pool, databaseUrl: string, name: string): Promise<ScratchSchema> {
  await main.query(`CREATE SCHEMA ${name}`);
  const pool = createPool(databaseUrl, { max: 8, applicationName: `kravspar-${name}`, searchPath: name });
  const drop = async () => {
    await pool.end();
    await main.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  };
  try {
    for (const set of READ_MODEL_MIGRATIONS) await runMigrations(pool, set);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, pool, drop };
}
