import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { eventStoreMigrations, PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { findProcurement, readCheckpoint, readStoreMigrations, readTimeline } from '@kravspar/read-store';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { procurementTimelineProjection } from '@kravspar/projections';
import { procurementsProjection } from '@kravspar/projections';
import { runProcurement } from './procurement-commands.fixtures';
import type { Projection } from '@kravspar/projections';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionRunner } from './projection-runner';

let database: TestDatabase;
let store: PostgresEventStore;
const clock = new SteppingClock(new Date('2026-03-02T08:05:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  store = new PostgresEventStore(database.pool, clock);
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

function runnerOf(projections: readonly Projection[], registry = new Registry()): ProjectionRunner {
  return new ProjectionRunner(store, database.pool, clock, projections, new ProjectionMetrics(registry, 'projector'));
}

describe('ProjectionRunner', () => {
  it('retries an event whose transaction failed, applies it once, and logs no event data', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let failuresLeft = 1;
    const flaky: Projection = {
      ...procurementTimelineProjection,
      async apply(client, event) {
        await procurementTimelineProjection.apply(client, event);
        if (event.revision === 1 && failuresLeft-- > 0) throw new Error(`lost the connection while writing ${JSON.stringify(event.data)}`);
      },
    };
    const registry = new Registry();
    const runner = runnerOf([flaky], registry);
    await runProcurement(store, 'flaky', ['initiate', 'addCriterion', 'publish']);
    await runner.start();
    let calls: unknown[][];
    try {
      await runner.waitUntilCaughtUp();
    } finally {
      await runner.stop();
      calls = [...logged.mock.calls]; // Restoring the spy clears its calls.
      logged.mockRestore();
    }

    expect((await readTimeline<{ revision: number }>(database.pool, 'flaky')).map((e) => e.revision)).toEqual([0, 1, 2]);
    expect(calls).toHaveLength(1);
    const message = String(calls[0][0]);
    expect(message).toMatch(/SocialCriterionAdded of procurement-flaky at position \d+/);
    expect(JSON.stringify(calls)).not.toContain('arbetsträningsplatser');
    expect(await registry.getSingleMetricAsString('kravspar_projection_failures_total')).toMatch(/ 1$/m);
  });

  it('on stop, finishes the event in hand, commits its checkpoint and applies no more', async () => {
    await runProcurement(store, 'stopping', ['initiate', 'addCriterion', 'publish']);
    const [initiated] = await store.readStream('procurement-stopping');
    let release!: () => void;
    const inHand = new Promise<void>((resolve) => (release = resolve));
    let reachedInHand!: () => void;
    const started = new Promise<void>((resolve) => (reachedInHand = resolve));
    const slow: Projection = {
      ...procurementsProjection,
      name: 'procurements.stop-test',
      filter: { streamPrefixes: ['procurement-stopping'] },
      async apply(client, event: RecordedEvent) {
        await procurementsProjection.apply(client, event);
        reachedInHand();
        await inHand;
      },
    };
    const runner = runnerOf([slow]);
    await runner.start();
    await started;
    const stopped = runner.stop();
    release();
    await stopped;

    expect(await readCheckpoint(database.pool, slow.name)).toBe(initiated.position);
    expect(await findProcurement(database.pool, 'stopping')).toMatchObject({ revision: 0 });
  });

  it('resumes from its checkpoint after a restart', async () => {
    const projection = { ...procurementsProjection, name: 'procurements.restart-test' };
    await runProcurement(store, 'restarted', ['initiate']);
    const first = runnerOf([projection]);
    await first.start();
    await first.waitUntilCaughtUp();
    await first.stop();

    await runProcurement(store, 'restarted', ['addCriterion', 'publish']);
    const second = runnerOf([projection]);
    await second.start();
    await second.waitUntilCaughtUp();
    await second.stop();
    expect(await findProcurement(database.pool, 'restarted')).toMatchObject({ status: 'Published', revision: 2 });
    expect(await readCheckpoint(database.pool, projection.name)).toBe(await store.headPosition());
  });
});
