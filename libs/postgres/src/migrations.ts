import type pg from 'pg';

/** One schema change. Its `id` is recorded once applied; never change an applied migration, add one. */
export interface Migration {
  id: string;
  sql: string;
}

/** The migrations of one owner (a lib or an app), applied in array order. */
export interface MigrationSet {
  /** Keeps ids of different owners apart in `schema_migrations`, e.g. `event-store`. */
  owner: string;
  migrations: readonly Migration[];
}

// Advisory locks are scoped to the current database, so each database migrates independently.
const LOCK_NAME = 'kravspar.schema_migrations';

const CREATE_TABLE = `
  create table if not exists schema_migrations (
    owner text not null,
    id text not null,
    applied_at timestamptz not null default now(),
    primary key (owner, id)
  )`;

/**
 * Applies the migrations of `set` that `schema_migrations` does not list yet, in order, each in its own
 * transaction together with its record. Everything runs under one connection-level advisory lock, so
 * processes that start together take turns and the later ones find nothing left to do. Returns the ids
 * applied now.
 */
export async function runMigrations(pool: pg.Pool, set: MigrationSet): Promise<string[]> {
  assertUniqueIds(set);
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [LOCK_NAME]);
    try {
      return await applyMissing(client, set);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
    }
  } catch (error) {
    // A connection in an unknown state is closed rather than returned; closing also frees the lock.
    broken = error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

async function applyMissing(client: pg.PoolClient, set: MigrationSet): Promise<string[]> {
  await client.query(CREATE_TABLE);
  const { rows } = await client.query<{ id: string }>('select id from schema_migrations where owner = $1', [
    set.owner,
  ]);
  const done = new Set(rows.map((row) => row.id));
  const applied: string[] = [];
  for (const migration of set.migrations) {
    if (done.has(migration.id)) continue;
    await client.query('begin');
    try {
      await client.query(migration.sql);
      await client.query('insert into schema_migrations (owner, id) values ($1, $2)', [set.owner, migration.id]);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw new Error(`migration ${set.owner}/${migration.id} failed: ${(error as Error).message}`, {
        cause: error,
      });
    }
    applied.push(migration.id);
  }
  return applied;
}

function assertUniqueIds(set: MigrationSet): void {
  const seen = new Set<string>();
  for (const { id } of set.migrations) {
    if (seen.has(id)) throw new Error(`migration set ${set.owner} lists ${id} twice`);
    seen.add(id);
  }
}
