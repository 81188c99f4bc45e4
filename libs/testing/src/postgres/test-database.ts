import { createPool } from '@kravspar/postgres';
import pg from 'pg';
import { newTestDatabaseName } from './test-database-name';

/** A database of its own for one test file. */
export interface TestDatabase {
  /** Connection URL of this database. */
  url: string;
  name: string;
  /** A pool on it (int8 as numbers, see `createPool`); `drop()` ends it. */
  pool: pg.Pool;
  /** Ends the pool and drops the database, closing any other connection to it. Safe to call twice. */
  drop(): Promise<void>;
}

/**
 * Creates an empty database on the run's server (`KRAVSPAR_TEST_ADMIN_URL`, set by the jest global setup).
 * Call it in `beforeAll` and `drop()` in `afterAll`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.KRAVSPAR_TEST_ADMIN_URL;
  if (!adminUrl) {
    throw new Error('KRAVSPAR_TEST_ADMIN_URL is not set: run the tests through jest, whose global setup sets it');
  }
  const name = newTestDatabaseName();
  await asAdmin(adminUrl, (client) => client.query(`create database ${name}`));
  const url = databaseUrl(adminUrl, name);
  const pool = createPool(url, { applicationName: 'kravspar-test' });
  let dropping: Promise<void> | undefined;
  const drop = async (): Promise<void> => {
    await pool.end();
    await asAdmin(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
  };
  return { url, name, pool, drop: () => (dropping ??= drop()) };
}

function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function asAdmin(adminUrl: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
