import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg, { type Pool } from 'pg';
import { clockMigrations, createClock, PostgresClockOffsetStore, type Clock } from '@kravspar/clock';
import type { KravsparSettings } from '@kravspar/config';
import { auditMigrations, eventStoreMigrations } from '@kravspar/event-store';
import { createPool, EMBEDDED_POSTGRES_PASSWORD, EMBEDDED_POSTGRES_USER, runMigrations, startEmbeddedPostgres } from '@kravspar/postgres';

const DATABASE = 'kravspar';

/** The database the commands read, and the clock that stamps a seal. */
export interface AuditDatabase {
  readonly pool: Pool;
  /** Its URL, for a second pool (a rebuild's scratch schema). */
  readonly url: string;
  readonly clock: Clock;
  close(): Promise<void>;
}

/**
 * DATABASE_URL, or the embedded server of `npm start` under DATA_DIR: when its postmaster runs (the
 * all-in-one is up) the CLI connects to it and leaves it alone — starting a server on that folder would
 * stop the running one — and otherwise starts it for the command and stops it afterwards. The event store
 * and audit tables are migrated either way, so a command on a fresh database finds them.
 */
export async function openDatabase(settings: KravsparSettings, log: (line: string) => void): Promise<AuditDatabase> {
  let url = settings.DATABASE_URL;
  let stopServer: (() => Promise<void>) | undefined;
  if (!url) {
    const dataDir = path.resolve(settings.DATA_DIR, 'postgres');
    const admin = `postgres://${EMBEDDED_POSTGRES_USER}:${EMBEDDED_POSTGRES_PASSWORD}@127.0.0.1:${settings.EMBEDDED_PG_PORT}/postgres`;
    if (!(await postmasterRuns(dataDir))) {
      log(`starting the embedded PostgreSQL under ${dataDir}`);
      stopServer = (await startEmbeddedPostgres({ dataDir, port: settings.EMBEDDED_PG_PORT })).stop;
    }
    url = await ensureDatabase(admin).catch(async (error: unknown) => {
      await stopServer?.();
      throw error;
    });
  }
  const pool = createPool(url, { applicationName: 'kravspar-audit-cli', max: 4 });
  try {
    await runMigrations(pool, eventStoreMigrations);
    await runMigrations(pool, auditMigrations);
    if (settings.TEST_CLOCK === 'enabled') await runMigrations(pool, clockMigrations);
  } catch (error) {
    await pool.end();
    await stopServer?.();
    throw error;
  }
  const clock = createClock({ testClock: settings.TEST_CLOCK === 'enabled', nodeEnv: settings.NODE_ENV }, new PostgresClockOffsetStore(pool));
  return {
    pool,
    url,
    clock,
    async close() {
      await pool.end();
      await stopServer?.();
    },
  };
}

/** Whether `postmaster.pid` in the data folder names a live process. */
async function postmasterRuns(dataDir: string): Promise<boolean> {
  const pid = Number((await readFile(path.join(dataDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The `kravspar` database on the embedded server (created if missing, as `npm start` does). */
async function ensureDatabase(adminUrl: string): Promise<string> {
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}
