// Relative imports only: jest loads this file outside its module mapper.
import { mkdir, open, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresServer } from '../../../postgres/src/embedded-server';
import { TEST_DATABASE_PREFIX } from '../postgres/test-database-name';

/** What global-teardown needs; setup and teardown run in the same jest process. */
export interface TestPostgresRun {
  server: EmbeddedPostgresServer;
  ownerFile: string;
}
export const TEST_POSTGRES_RUN = Symbol.for('kravspar.test-postgres-run');

const DEFAULT_PORT = 54329;
const PORTS_TO_TRY = 10;

/**
 * Gives the run an admin URL in `KRAVSPAR_TEST_ADMIN_URL`: `DATABASE_URL` when set, otherwise one embedded
 * server for the whole run (each test file then creates its own database on it).
 *
 * Several runs may start in the same checkout at once. Each embedded server belongs to one run, recorded
 * in `<data root>/test-postgres-<port>.owner`; a run whose port is owned by a live run takes the next port (unless
 * `TEST_PG_PORT` fixes it). A server left by a killed run has a dead owner: it is stopped and replaced.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.KRAVSPAR_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const run = await startOwnServer();
  (globalThis as Record<symbol, unknown>)[TEST_POSTGRES_RUN] = run;
  process.env.KRAVSPAR_TEST_ADMIN_URL = run.server.url;
  await dropLeftoverTestDatabases(run.server.url);
}

async function startOwnServer(): Promise<TestPostgresRun> {
  const fixedPort = process.env.TEST_PG_PORT ? Number(process.env.TEST_PG_PORT) : undefined;
  const firstPort = fixedPort ?? DEFAULT_PORT;
  const lastPort = fixedPort ?? DEFAULT_PORT + PORTS_TO_TRY - 1;
  // Outside the checkout: as root the server runs as `postgres`, which cannot enter a checkout that
  // lies under a private (mode 700) folder, as CI's clones may.
  const dataRoot = process.env.TEST_PG_DATA_DIR ?? path.join(tmpdir(), 'kravspar-test-postgres');
  await mkdir(dataRoot, { recursive: true, mode: 0o755 });
  let lastError: unknown;
  for (let port = firstPort; port <= lastPort; port++) {
    const ownerFile = path.join(dataRoot, `test-postgres-${port}.owner`);
    if (!(await claim(ownerFile))) continue;
    try {
      return { server: await startTestServer(path.join(dataRoot, `test-postgres-${port}`), port), ownerFile };
    } catch (error) {
      await unlink(ownerFile).catch(() => undefined);
      lastError = error;
      // Another program holds the port: try the next one.
      if (!isPortTaken(error)) throw error;
    }
  }
  throw new Error(`no port for the test PostgreSQL in ${firstPort}-${lastPort}: other runs or programs hold them`, {
    cause: lastError,
  });
}

/**
 * Not durable: fsync dominates test time, and a killed process loses nothing. A machine crash can corrupt
 * such a data folder, though; it only ever holds disposable test databases, so start over from scratch.
 */
async function startTestServer(dataDir: string, port: number): Promise<EmbeddedPostgresServer> {
  try {
    return await startEmbeddedPostgres({ dataDir, port, durable: false });
  } catch (error) {
    if (isPortTaken(error)) throw error;
    await rm(dataDir, { recursive: true, force: true });
    return startEmbeddedPostgres({ dataDir, port, durable: false });
  }
}

function isPortTaken(error: unknown): boolean {
  return String((error as Error).message).includes('Address already in use');
}

/**
 * Takes the owner file unless a live process holds it. Two runs that start in the same instant over a dead
 * owner's file could both take it; that window is accepted for a local test fixture.
 */
async function claim(ownerFile: string): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(ownerFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = Number(await readFile(ownerFile, 'utf8').catch(() => ''));
    if (owner > 0 && owner !== process.pid && isAlive(owner)) return false;
    await unlink(ownerFile).catch(() => undefined);
  }
  return false;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server belongs to this run, so every test database on it was left by an earlier, killed run. */
async function dropLeftoverTestDatabases(adminUrl: string): Promise<void> {
  const client = new pg.Client(adminUrl);
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `select datname from pg_database where starts_with(datname, $1)`,
      [TEST_DATABASE_PREFIX],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`);
    }
  } finally {
    await client.end();
  }
}
