import type { Pool } from 'pg';
import { eventStoreMigrations, PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { findProcurement, readCheckpoint, readStoreMigrations, readTimeline } from '@kravspar/read-store';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { applyBatchInTransaction, applyInTransaction, EventApplyFailure, procurementsProjection, procurementTimelineProjection } from '@kravspar/projections';
import { runProcurement } from './procurement-commands.fixtures';
import type { Projection } from '@kravspar/projections';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-03-02T08:05:00Z')));
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

async function historyOf(id: string): Promise<RecordedEvent[]> {
  await runProcurement(store, id, ['initiate', 'addCriterion', 'publish']);
  return store.readStream(`procurement-${id}`);
}

/** Runs `projection.apply` in a transaction of its own, bypassing the checkpoint. */
async function applyDirectly(pool: Pool, projection: Projection, event: RecordedEvent): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await projection.apply(client, event);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

/** The projection under the same name (so the same checkpoint), failing after its writes. */
function crashingAfterWrites(projection: Projection): Projection {
  return {
    ...projection,
    async apply(client, event) {
      await projection.apply(client, event);
      throw new Error('the process died after writing the read model');
    },
  };
}

describe('the same event applied twice', () => {
  it('changes neither the document nor the timeline the second time', async () => {
    const events = await historyOf('twice');
    for (const event of events) {
      await applyDirectly(database.pool, procurementsProjection, event);
      await applyDirectly(database.pool, procurementTimelineProjection, event);
    }
    const documentBefore = await findProcurement(database.pool, 'twice');
    const row = () => database.pool.query('SELECT * FROM procurements_v2 WHERE id = $1', ['twice']).then((r) => r.rows);
    const rowBefore = await row();

    await applyDirectly(database.pool, procurementsProjection, events[1]);
    await applyDirectly(database.pool, procurementsProjection, events[2]);
    await applyDirectly(database.pool, procurementTimelineProjection, events[2]);

    expect(await findProcurement(database.pool, 'twice')).toEqual(documentBefore);
    expect(await row()).toEqual(rowBefore);
    expect(await readTimeline(database.pool, 'twice')).toHaveLength(3);
  });

  it('is passed over by the checkpoint once applied', async () => {
    const [initiated] = await historyOf('checkpointed');
    expect(await applyInTransaction(database.pool, procurementTimelineProjection, initiated)).toBe('applied');
    expect(await applyInTransaction(database.pool, procurementTimelineProjection, initiated)).toBe('already-applied');
    expect(await readTimeline(database.pool, 'checkpointed')).toHaveLength(1);
  });
});

describe('the read model and the checkpoint commit together', () => {
  it('moves neither when applying fails after the writes, and the retry applies the event once', async () => {
    const [initiated, criterionAdded] = await historyOf('crash');
    const projection = { ...procurementsProjection, name: 'procurements.crash-test' };
    await applyInTransaction(database.pool, projection, initiated);
    const checkpointBefore = await readCheckpoint(database.pool, projection.name);

    await expect(applyInTransaction(database.pool, crashingAfterWrites(projection), criterionAdded)).rejects.toThrow('died');

    expect(await findProcurement(database.pool, 'crash')).toMatchObject({ revision: 0, socialCriteria: [] });
    expect(await readCheckpoint(database.pool, projection.name)).toBe(checkpointBefore);

    expect(await applyInTransaction(database.pool, projection, criterionAdded)).toBe('applied');
    expect(await applyInTransaction(database.pool, projection, criterionAdded)).toBe('already-applied');
    expect(await findProcurement(database.pool, 'crash')).toMatchObject({ revision: 1, socialCriteria: [expect.anything()] });
    expect(await readCheckpoint(database.pool, projection.name)).toBe(criterionAdded.position);
  });

  it('does the same for the timeline: no entry after the crash, exactly one after the retry', async () => {
    const [initiated] = await historyOf('timeline-crash');
    const projection = { ...procurementTimelineProjection, name: 'procurement-timeline.crash-test' };

    await expect(applyInTransaction(database.pool, crashingAfterWrites(projection), initiated)).rejects.toThrow('died');
    expect(await readTimeline(database.pool, 'timeline-crash')).toEqual([]);
    expect(await readCheckpoint(database.pool, projection.name)).toBe(0);

    await applyInTransaction(database.pool, projection, initiated);
    await applyInTransaction(database.pool, projection, initiated);
    expect(await readTimeline(database.pool, 'timeline-crash')).toHaveLength(1);
  });
});

describe('a batch of events in one transaction', () => {
  it('commits the batch with the checkpoint at its last event, or nothing of it, naming the event that failed', async () => {
    const events = await historyOf('batch');
    const name = 'procurements.batch-test';
    const failingOnThird: Projection = {
      ...procurementsProjection,
      name,
      apply: (client, event) => (event.revision === 2 ? Promise.reject(new Error('refused')) : procurementsProjection.apply(client, event)),
    };
    const failure = await applyBatchInTransaction(database.pool, failingOnThird, events).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(EventApplyFailure);
    expect((failure as EventApplyFailure).event.position).toBe(events[2].position);
    expect(await readCheckpoint(database.pool, name)).toBe(0);
    expect(await findProcurement(database.pool, 'batch')).toBeUndefined();

    const applied = await applyBatchInTransaction(database.pool, { ...procurementsProjection, name }, events);
    expect(applied.map((event) => event.position)).toEqual(events.map((event) => event.position));
    expect(await readCheckpoint(database.pool, name)).toBe(events[2].position);
    expect(await findProcurement(database.pool, 'batch')).toMatchObject({ status: 'Published', revision: 2 });
    // Applied again (a retry after a lost commit answer): nothing is new.
    expect(await applyBatchInTransaction(database.pool, { ...procurementsProjection, name }, events)).toEqual([]);
  });
});
