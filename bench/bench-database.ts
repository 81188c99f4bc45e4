import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { createPool, runMigrations, startEmbeddedPostgres, type EmbeddedPostgresServer } from '@kravspar/postgres';
import { eventStoreMigrations } from '@kravspar/event-store';
import { READ_MODEL_MIGRATIONS } from '@kravspar/read-store';
import { freePort } from './processes';

/**
 * The benchmark's own embedded PostgreSQL, on a free port and a temporary data folder removed afterwards.
 * Durable (fsync on), as the apps run by default: the figures include what a commit really costs.
 */
export class BenchDatabase {
  private constructor(
    private readonly server: EmbeddedPostgresServer,
    readonly dataDir: string,
    readonly port: number,
  ) {}

  static async start(): Promise<BenchDatabase> {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'kravspar-bench-'));
    // As root the server runs as `postgres`, which must enter the folder.
    await chmod(dataDir, 0o755);
    const port = await freePort();
    const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port });
    return new BenchDatabase(server, dataDir, port);
  }

  /** A database of its own for one case, migrated for the event store and the read models. */
  async create(name: string): Promise<{ url: string; pool: Pool }> {
    const admin = createPool(this.url('postgres'), { max: 1 });
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = this.url(name);
    const pool = createPool(url, { max: 16, applicationName: 'bench' });
    await runMigrations(pool, eventStoreMigrations);
    for (const set of READ_MODEL_MIGRATIONS) await runMigrations(pool, set);
    return { url, pool };
  }

  url(database: string): string {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/${database}`;
  }

  async stop(): Promise<void> {
    await this.server.stop();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
