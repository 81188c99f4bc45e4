import { randomUUID } from 'node:crypto';
import { PostgresEventStore, upcastingEventStore, type EventStore } from '@kravspar/event-store';
import { diffReadModels, procurementsProjection, READ_MODEL_PROJECTIONS, rebuildReadModels, type BuildTarget } from '@kravspar/projections';
import { appendLifecycle } from '../apps/projector/src/procurement-lifecycle.fixtures';
import { checkpoints, projectionsSettled, readModelRows } from './support/database-rows';
import { GOTLAND, procureToSignedContract } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

// Blue/green rebuild and diff with the apps running: query-api keeps answering, the live projector keeps
// projecting and continues the new version after the swap, and the rebuilt tables equal the old ones.

jest.setTimeout(180_000);

const EXTRA_PROCUREMENTS = 120;

let system: SystemUnderTest;
let story: Story;
let store: EventStore;
let gotland: { procurementId: string; contractId: string };

const target = (onProgress?: BuildTarget['onProgress']): BuildTarget => ({ pool: system.database.pool, databaseUrl: system.database.url, store, onProgress });

/** GETs query-api routes over and over until `done` resolves; returns every status seen. */
async function queryWhile<T>(work: Promise<T>): Promise<{ result: T; statuses: number[] }> {
  const statuses: number[] = [];
  let finished = false;
  const paths = ['/procurements', `/procurements/${gotland.procurementId}`, `/contracts/${gotland.contractId}`, '/standstill-board'];
  const querying = (async () => {
    for (let i = 0; !finished; i++) statuses.push((await system.queries.get(paths[i % paths.length], story.tokens.officer)).status);
  })();
  try {
    return { result: await work, statuses };
  } finally {
    finished = true;
    await querying;
  }
}

async function leftoverSchemas(): Promise<string[]> {
  const { rows } = await system.database.pool.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE 'read_model_%'`);
  return rows.map((row) => row.name);
}

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  gotland = await procureToSignedContract(story);
  const raw = new PostgresEventStore(system.database.pool, { now: async () => new Date() });
  for (let i = 0; i < EXTRA_PROCUREMENTS; i++) await appendLifecycle(raw, randomUUID());
  store = upcastingEventStore(raw);
  await projectionsSettled(system.database.pool, 60_000);
});
afterAll(async () => {
  await store?.close();
  await system?.stop();
});

describe('rebuild --all', () => {
  it('builds every read model anew beside the live one, swaps it in identical, and query-api answers throughout', async () => {
    const before = await readModelRows(system.database.pool);
    expect(Object.values(before).reduce((sum, rows) => sum + rows.length, 0)).toBeGreaterThan(EXTRA_PROCUREMENTS * 3);
    const progress: [number, number][] = [];
    const { result, statuses } = await queryWhile(rebuildReadModels(target((done, total) => progress.push([done, total])), READ_MODEL_PROJECTIONS));

    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toEqual([result.position, result.position]);
    expect(await readModelRows(system.database.pool)).toEqual(before);
    const live = await checkpoints(system.database.pool);
    for (const projection of READ_MODEL_PROJECTIONS) expect(live[projection.name]).toBeGreaterThanOrEqual(result.position);
    expect(await leftoverSchemas()).toEqual([]);
    const { rows } = await system.database.pool.query('SELECT status, position FROM read_model_builds WHERE id = $1', [result.buildId]);
    expect(rows).toEqual([{ status: 'swapped', position: result.position }]);
  });

  it('hands over to the live projector: events appended during the rebuild appear in the new version', async () => {
    const added: string[] = [];
    const writing = (async () => {
      for (let i = 0; i < 10; i++) {
        const answer = await system.commands.post<{ id: string }>('/procurements', story.tokens.buyer, { title: `Under ombyggnad ${i}`, buyerUnitId: GOTLAND.buyerUnitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 1_000_000, currency: 'SEK' } });
        expect(answer.status).toBe(201);
        added.push(answer.body.id);
      }
    })();
    await Promise.all([rebuildReadModels(target(), READ_MODEL_PROJECTIONS), writing]);
    await projectionsSettled(system.database.pool);
    for (const id of added) expect((await system.queries.get(`/procurements/${id}`, story.tokens.officer)).status).toBe(200);
    const report = await diffReadModels(target(), READ_MODEL_PROJECTIONS);
    expect(report.projections.flatMap((p) => p.tables).filter((t) => t.onlyLive + t.onlyRebuilt > 0)).toEqual([]);
    expect(report.identical).toBe(true);
  });
});

describe('diff', () => {
  it('names a live row that differs from the rebuild, and a rebuild of that read model repairs it', async () => {
    await system.database.pool.query(`UPDATE procurements_v2 SET title = 'ändrad för hand' WHERE id = $1`, [gotland.procurementId]);
    const report = await diffReadModels(target(), [procurementsProjection]);
    expect(report.identical).toBe(false);
    const [table] = report.projections[0].tables;
    expect(table).toMatchObject({ table: 'procurements_v2', onlyLive: 1, onlyRebuilt: 1, sampleKeys: [{ id: gotland.procurementId }] });
    expect(table.liveRows).toBe(table.rebuiltRows);
    expect((await system.database.pool.query(`SELECT title FROM procurements_v2 WHERE id = $1`, [gotland.procurementId])).rows[0].title).toBe('ändrad för hand');

    await rebuildReadModels(target(), [procurementsProjection]);
    const detail = await system.queries.get<{ title: string }>(`/procurements/${gotland.procurementId}`, story.tokens.officer);
    expect(detail.body.title).toBe('Renhållning av återvinningsstationer');
    expect((await diffReadModels(target(), [procurementsProjection])).identical).toBe(true);
    expect(await leftoverSchemas()).toEqual([]);
  });

  it('refuses a second build while one runs', async () => {
    const first = rebuildReadModels(target(), READ_MODEL_PROJECTIONS);
    // Once the first has recorded its build, it holds the lock until it ends.
    for (let tries = 0; tries < 500; tries++) {
      const { rowCount } = await system.database.pool.query(`SELECT 1 FROM read_model_builds WHERE status = 'building'`);
      if (rowCount) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await expect(diffReadModels(target(), [procurementsProjection])).rejects.toThrow(/another rebuild or diff is running/);
    await first;
  });
});
