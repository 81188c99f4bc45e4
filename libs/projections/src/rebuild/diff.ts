import type { EventStore } from '@kravspar/event-store';
import { lockCheckpoint, readCheckpoint } from '@kravspar/read-store';
import type { ReadModelProjection } from '../projection';
import { finishBuild, liveSchema, startBuild } from './builds';
import { compareTable, type TableDifference } from './compare-tables';
import { migrateLive, type BuildTarget } from './rebuild';
import { withBuildLock } from './rebuild-lock';
import { replayInto } from './replay';
import { createScratchSchema, type ScratchSchema } from './scratch-schema';

export interface ProjectionDifference {
  readonly projection: string;
  /** The live checkpoint both versions were compared at. */
  readonly position: number;
  readonly tables: readonly TableDifference[];
}

export interface DiffReport {
  readonly buildId: number;
  readonly identical: boolean;
  readonly projections: readonly ProjectionDifference[];
}

/**
 * Rebuilds the read models into a scratch schema and compares them, row by row, with the live tables; the
 * live ones are not touched. Each projection is compared at its live checkpoint: the scratch copy is
 * replayed up to it, then — with the checkpoint row locked, so the projector cannot move it meanwhile —
 * up to where it stands now, and the tables are compared in that transaction.
 */
export async function diffReadModels(target: BuildTarget, projections: readonly ReadModelProjection[]): Promise<DiffReport> {
  const { pool } = target;
  await migrateLive(pool);
  return withBuildLock(pool, async () => {
    const { id, schema } = await startBuild(pool, 'diff', projections.map((projection) => projection.name));
    let scratch: ScratchSchema | undefined;
    try {
      scratch = await createScratchSchema(pool, target.databaseUrl, schema);
      // One pass over the log for all of them up to the lowest live checkpoint; each catches up alone after.
      const lowest = Math.min(...(await Promise.all(projections.map((projection) => readCheckpoint(pool, projection.name)))));
      await replayInto(scratch.pool, target.store, projections, { until: lowest, onBatch: (position) => target.onProgress?.(position, lowest) });
      const results: ProjectionDifference[] = [];
      for (const projection of projections) results.push(await diffOne(target, scratch, projection));
      const report = { buildId: id, identical: results.every((result) => result.tables.every(isSame)), projections: results };
      await finishBuild(pool, id, 'compared', Math.min(...results.map((result) => result.position)), report);
      return report;
    } catch (error) {
      await finishBuild(pool, id, 'failed', null, { error: (error as Error).message }).catch(() => undefined);
      throw error;
    } finally {
      await scratch?.drop();
    }
  });
}

const isSame = (table: TableDifference): boolean => table.onlyLive === 0 && table.onlyRebuilt === 0;

async function diffOne(target: BuildTarget, scratch: ScratchSchema, projection: ReadModelProjection): Promise<ProjectionDifference> {
  const { pool, store } = target;
  const progress = (total: number) => (position: number) => target.onProgress?.(position, total);
  const near = await readCheckpoint(pool, projection.name);
  await replayInto(scratch.pool, store, [projection], { until: near, onBatch: progress(near) });
  const live = await liveSchema(pool);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const position = await lockCheckpoint(client, projection.name);
    await replayInto(scratch.pool, store, [projection], { until: position, onBatch: progress(position) });
    const tables: TableDifference[] = [];
    for (const table of projection.tables) tables.push(await compareTable(client, table, live, scratch.name));
    await client.query('COMMIT');
    target.onProgress?.(position, position);
    return { projection: projection.name, position, tables };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
