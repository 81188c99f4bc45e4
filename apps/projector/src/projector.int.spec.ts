import { randomUUID } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { Registry } from 'prom-client';
import { SettingsModule, loadSettings } from '@kravspar/config';
import { PostgresEventStore, type EventToAppend } from '@kravspar/event-store';
import { APP_NAME, METRICS_REGISTRY } from '@kravspar/http';
import { findProcurement, listProcurements, readTimeline } from '@kravspar/read-store';
import type { ProcurementDocument, TimelineEntry } from '@kravspar/read-models';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { runProcurement } from './procurement-commands.fixtures';
import { ProjectionRunner } from './projection-runner';
import { ProjectorModule } from './projector.module';

const registry = new Registry();

/** What the HTTP edge provides globally in the real app. */
@Global()
@Module({
  providers: [
    { provide: METRICS_REGISTRY, useValue: registry },
    { provide: APP_NAME, useValue: 'projector' },
  ],
  exports: [METRICS_REGISTRY, APP_NAME],
})
class EdgeStandInModule {}

let database: TestDatabase;
let projector: TestingModule;
let runner: ProjectionRunner;
let writer: PostgresEventStore;
// The writer records twelve days after the acts of the fixtures (2026-03-02): registered afterwards.
const writerClock = new SteppingClock(new Date('2026-03-14T09:00:00Z'));

beforeAll(async () => {
  database = await createTestDatabase();
  projector = await Test.createTestingModule({
    imports: [SettingsModule.forRoot(loadSettings({ DATABASE_URL: database.url, NODE_ENV: 'test' })), EdgeStandInModule, ProjectorModule],
  }).compile();
  await projector.init(); // Migrates the event store and the read store, then starts the projections.
  runner = projector.get(ProjectionRunner);
  writer = new PostgresEventStore(database.pool, writerClock);
});
afterAll(async () => {
  await projector?.close();
  await writer?.close();
  await database.drop();
});

describe('the projector, with events appended through the write path', () => {
  it('brings a published procurement into the list, the detail and the timeline', async () => {
    await runProcurement(writer, 'p-published', ['initiate', 'addCriterion', 'publish']);
    await runner.waitUntilCaughtUp();

    const document = await findProcurement<ProcurementDocument>(database.pool, 'p-published');
    expect(document).toMatchObject({ id: 'p-published', title: 'Städning p-published', status: 'Published', revision: 2 });
    expect(document?.socialCriteria).toHaveLength(1);
    const list = await listProcurements(database.pool, { status: 'Published', page: 1, pageSize: 10 });
    expect(list.items).toEqual([expect.objectContaining({ id: 'p-published', socialCriteriaCount: 1, revision: 2 })]);

    const timeline = await readTimeline<TimelineEntry>(database.pool, 'p-published');
    expect(timeline.map((entry) => [entry.revision, entry.type])).toEqual([
      [0, 'ProcurementInitiated'],
      [1, 'SocialCriterionAdded'],
      [2, 'ProcurementPublished'],
    ]);
    expect(timeline.every((entry) => entry.flags.includes('late-registration'))).toBe(true);
  });

  it('follows live appends, and passes over events of other streams', async () => {
    await runProcurement(writer, 'p-live', ['initiate']);
    await writer.append('unrelated-elsewhere', [otherStreamEvent()], 'no-stream');
    await runProcurement(writer, 'p-live', ['cancel']);
    const head = await writer.headPosition();
    await runner.waitForPosition(head);

    expect(await findProcurement(database.pool, 'p-live')).toMatchObject({ status: 'Cancelled', revision: 1 });
    expect(runner.positions()).toMatchObject({ 'procurements.v2': head, 'procurement-timeline.v2': head });
    expect(await readTimeline(database.pool, 'elsewhere')).toEqual([]);
  });

  it('measures the lag in time and the position per projection', async () => {
    const metrics = await registry.getSingleMetricAsString('kravspar_projection_lag_ms');
    expect(metrics).toMatch(/kravspar_projection_lag_ms_count\{app="projector",projection="procurements.v2"\} 5/);
    const position = await registry.getSingleMetricAsString('kravspar_projection_position');
    expect(position).toContain(`kravspar_projection_position{app="projector",projection="procurement-timeline.v2"} ${await writer.headPosition()}`);
  });

  it('times out waiting for a position the log has not reached', async () => {
    await expect(runner.waitForPosition(10_000, 50)).rejects.toThrow('did not reach position 10000');
  });
});

function otherStreamEvent(): EventToAppend {
  const eventId = randomUUID();
  const actor = { userId: 'owner-1', role: 'buyer', unitId: 'waste' } as const;
  return {
    type: 'ContractStarted',
    data: { date: '2026-03-02' },
    metadata: { eventId, actor, occurredAt: '2026-03-02T09:00:00+01:00', correlationId: eventId, causationId: eventId, schemaVersion: 1 },
  };
}
