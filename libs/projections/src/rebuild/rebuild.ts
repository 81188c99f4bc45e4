import type { Pool, PoolClient } from 'pg';
import type { EventStore } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { lockCheckpoint, READ_MODEL_MIGRATIONS } from '@kravspar/read-store';
import type { ReadModelProjection } from '../projection';
import { buildsMigrations } from './builds.migrations';
import { finishBuild, liveSchema, startBuild } from './builds';
import { withBuildLock } from './rebuild-lock';
import { replayInto } from './replay';
import { createScratchSchema, type ScratchSchema } from './scratch-schema';

/** Where a rebuild reads and writes: the live database (its pool and URL) and the log, read upcast. */
export interface BuildTarget {
  readonly pool: Pool;
  readonly databaseUrl: string;
  readonly store: EventStore;
  /** Called as the replay advances: the position reached and the log's head. */
  readonly onProgress?: (done: number, total: number) => void;
}

export interface RebuildReport {
  readonly buildId: number;
  readonly projections: readonly string[];
  readonly tables: readonly string[];
  /** The global position the new version was swapped in at; the live projector continues after it. */
  readonly position: number;
}

// The swap waits for readers of the old tables; past this it gives up (and can be run again).
const SWAP_LOCK_TIMEOUT = '15s';

/**
 * Builds a new version of the read models from position 0 into a scratch schema while the live tables
 * serve, then swaps it in (architecture §1, decision 009). The swap is one transaction: it locks the
 * projections' checkpoint rows — the live projector applies nothing to them meanwhile — replays the last
 * events up to the head, moves the old tables out and the new ones in, and sets the checkpoints to that
 * head. The projector then continues the new version from there; queries wait only for the swap.
 */
export async function rebuildReadModels(target: BuildTarget, projections: readonly ReadModelProjection[]): Promise<RebuildReport> {
  const { pool, store } = target;
  await migrateLive(pool);
  return withBuildLock(pool, async () => {
    const names = projections.map((projection) => projection.name);
    const { id, schema } = await startBuild(pool, 'rebuild', names);
    let scratch: ScratchSchema | undefined;
    try {
      scratch = await createScratchSchema(pool, target.databaseUrl, schema);
      const head = await store.headPosition();
      await replayInto(scratch.pool, store, projections, { onBatch: (position) => target.onProgress?.(position, Math.max(head, position)) });
      const position = await swap(pool, scratch, target, projections, id);
      return { buildId: id, projections: names, tables: projections.flatMap((projection) => projection.tables), position };
    } catch (error) {
      await finishBuild(pool, id, 'failed', null, { error: (error as Error).message }).catch(() => undefined);
      throw error;
    } finally {
      await scratch?.drop();
    }
  });
}

/** The live read-model tables and the builds record exist before anything is built beside them. */
export async function migrateLive(pool: Pool): Promise<void> {
  for (const set of [...READ_MODEL_MIGRATIONS, buildsMigrations]) await runMigrations(pool, set);
}

async function swap(pool: Pool, scratch: ScratchSchema, target: BuildTarget, projections: readonly ReadModelProjection[], id: number): Promise<number> {
  const live = await liveSchema(pool);
  const retired = `${scratch.name}_retired`;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL lock_timeout = '${SWAP_LOCK_TIMEOUT}'`);
    // Sorted, so two lockers cannot deadlock; the projector takes one row at a time.
    for (const name of projections.map((projection) => projection.name).sort()) await lockCheckpoint(client, name);
    const head = await target.store.headPosition();
    await replayInto(scratch.pool, target.store, projections, { until: head, onBatch: (position) => target.onProgress?.(position, head) });
    await moveTables(client, projections.flatMap((projection) => projection.tables), { live, scratch: scratch.name, retired });
    await client.query('UPDATE projection_checkpoints SET position = $1 WHERE name = ANY($2)', [head, projections.map((projection) => projection.name)]);
    await finishBuild(client, id, 'swapped', head, { tables: projections.flatMap((projection) => projection.tables) });
    await client.query('COMMIT');
    await client.query(`DROP SCHEMA IF EXISTS ${retired} CASCADE`);
    target.onProgress?.(head, head);
    return head;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** Old tables out to `retired`, new ones in from `scratch`; indexes and constraints move with their tables. */
async function moveTables(client: PoolClient, tables: readonly string[], schemas: { live: string; scratch: string; retired: string }): Promise<void> {
  await client.query(`CREATE SCHEMA ${schemas.retired}`);
  for (const table of tables) {
    await client.query(`ALTER TABLE "${schemas.live}".${table} SET SCHEMA ${schemas.retired}`);
    await client.query(`ALTER TABLE ${schemas.scratch}.${table} SET SCHEMA "${schemas.live}"`);
  }
}
