import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Pool } from 'pg';
import { loadSettings } from '@kravspar/config';
import { createAppContext, createHttpApp, loadOrCreateDevKeyPair, mintDevToken, type DevTokenClaims } from '@kravspar/http';
import { QUERY_API, QueryApiAppModule } from './query-api-app.module';

// Test support for query-api over HTTP: the app on a database of its own, and a GET with a dev token.

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  /** The body exactly as sent, to check that a value appears nowhere in it. */
  readonly text: string;
  readonly body: any;
}

export interface RunningQueryApi {
  readonly pool: Pool;
  /** The app's DATA_DIR, where its development keys (tokens, PII master key) live. */
  readonly dataDir: string;
  get(route: string, claims?: DevTokenClaims): Promise<Answer>;
  close(): Promise<void>;
}

/** A database of the test's own (`createTestDatabase()`); fixtures may not import the testing lib. */
export interface OwnDatabase {
  readonly url: string;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** Starts query-api on `database` (migrated on the way up) and a free port; `close()` drops the database too. */
export async function startQueryApi(database: OwnDatabase): Promise<RunningQueryApi> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kravspar-query-api-'));
  let app: INestApplication | undefined;
  let keys: Awaited<ReturnType<typeof loadOrCreateDevKeyPair>>;
  const close = async () => {
    await app?.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const settings = loadSettings({ NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '0' });
    keys = await loadOrCreateDevKeyPair(dataDir);
    app = await createHttpApp(QueryApiAppModule.register(await createAppContext(settings)), {
      appName: QUERY_API,
      openApi: { title: 'query-api', description: 'under test' },
    });
    app.useLogger(false);
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await close();
    throw error;
  }
  const baseUrl = await app.getUrl();
  return {
    pool: database.pool,
    dataDir,
    close,
    async get(route, claims) {
      const headers: Record<string, string> = claims ? { authorization: `Bearer ${await mintDevToken(keys, claims)}` } : {};
      const response = await fetch(`${baseUrl}${route}`, { headers });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, body: text === '' ? undefined : JSON.parse(text) };
    },
  };
}
