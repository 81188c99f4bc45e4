import path from 'node:path';
import pg from 'pg';
import type { KravsparSettings } from '@kravspar/config';
import { releaseSignalHandling, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@kravspar/postgres';

const DATABASE = 'kravspar';

/** The embedded server and the URL of the `kravspar` database on it. */
export interface EmbeddedDatabase {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from npm under `<DATA_DIR>/postgres` (created on first run, reused after, so data
 * survives restarts) and makes sure the `kravspar` database exists. The caller stops it last, after the
 * apps have closed, so signals are left to the caller.
 */
export async function startEmbeddedDatabase(settings: KravsparSettings, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const server: EmbeddedPostgresServer = await startEmbeddedPostgres({
    dataDir: path.resolve(settings.DATA_DIR, 'postgres'),
    port: settings.EMBEDDED_PG_PORT,
    log,
  });
  releaseSignalHandling();
  const admin = new pg.Client(server.url);
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${DATABASE}`;
  return { url: url.toString(), stop: () => server.stop() };
}
