import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CE_HEADERS, PROCUREMENT_TOPIC, type IntegrationMessage } from '@kravspar/contracts';
import { eventStoreMigrations, PostgresEventStore } from '@kravspar/event-store';
import { InProcessIntegrationBus, KafkaIntegrationBus, type IntegrationPublisher, type ReceivedMessage } from '@kravspar/messaging';
import { runMigrations } from '@kravspar/postgres';
import { readCheckpoint, readStoreMigrations } from '@kravspar/read-store';
import {
  createTestDatabase, describeWithKafkaMock, startKafkaMockCluster, SteppingClock, type KafkaMockCluster, type TestDatabase,
} from '@kravspar/testing';
import { initiated } from '@kravspar/domain/procurement/procurement.fixtures';
import { procurementStreamId } from '@kravspar/domain';
import { appendLifecycle } from '../procurement-lifecycle.fixtures';
import { GATEWAY_CHECKPOINT, GATEWAY_FILTER, IntegrationGateway } from './integration-gateway';

jest.setTimeout(90_000);

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-06-01T08:00:00Z')));
});
afterAll(async () => {
  await store.close();
  await database.drop();
});
beforeEach(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

async function untilCheckpointReaches(position: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await readCheckpoint(database.pool, GATEWAY_CHECKPOINT)) < position) {
    if (Date.now() > deadline) throw new Error(`the gateway did not reach position ${position}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The ids of the stored events after `after` that the gateway maps to a message. */
async function mappedEventIds(after: number): Promise<string[]> {
  const events = await store.readAll({ after, filter: GATEWAY_FILTER });
  return events.filter((event) => event.type !== 'RegistrationCorrected').map((event) => event.metadata.eventId);
}

describe('IntegrationGateway on the in-process bus', () => {
  it('passes events that map to no message: the checkpoint moves, nothing is sent', async () => {
    const bus = new InProcessIntegrationBus();
    const seen: ReceivedMessage[] = [];
    await bus.consumer('watcher', [PROCUREMENT_TOPIC]).start(async (message) => void seen.push(message));
    await store.append(procurementStreamId(`silent-${randomUUID()}`), [{ type: initiated().type, data: initiated().data as never, metadata: { eventId: randomUUID(), actor: { userId: 'u', role: 'procurement-officer', unitId: 'p' }, occurredAt: '2026-03-02T09:00:00+01:00', correlationId: 'c', causationId: 'c', schemaVersion: 1 } }], 'no-stream');
    const gateway = new IntegrationGateway(store, database.pool, bus.publisher(), { batchSize: 5 });
    while ((await gateway.publishNextBatch()) > 0);
    expect(await readCheckpoint(database.pool, GATEWAY_CHECKPOINT)).toBe(await store.headPosition());
    expect(seen).toEqual([]);
  });

  it('does not move the checkpoint past a batch a consumer did not process', async () => {
    const bus = new InProcessIntegrationBus({ maxAttempts: 2, retryDelayMs: 1 });
    await bus.consumer('refuses', [PROCUREMENT_TOPIC]).start(async () => {
      throw new Error('database down');
    });
    const before = await readCheckpoint(database.pool, GATEWAY_CHECKPOINT);
    await appendLifecycle(store, `refused-${randomUUID()}`);
    const gateway = new IntegrationGateway(store, database.pool, bus.publisher(), { batchSize: 5 });
    await expect(gateway.publishNextBatch()).rejects.toThrow(/consumer group refuses failed 2 times/);
    expect(await readCheckpoint(database.pool, GATEWAY_CHECKPOINT)).toBe(before);
    await bus.close();
    while ((await gateway.publishNextBatch()) > 0);
    expect(await readCheckpoint(database.pool, GATEWAY_CHECKPOINT)).toBe(await store.headPosition());
  });
});

describeWithKafkaMock('IntegrationGateway on the Kafka mock cluster', () => {
  let cluster: KafkaMockCluster;
  let bus: KafkaIntegrationBus;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster();
    bus = new KafkaIntegrationBus({ brokers: [cluster.bootstrap], clientId: 'kravspar-test', retries: 3, sessionTimeoutMs: 6000 });
  });
  afterAll(async () => {
    await bus?.close();
    await cluster?.stop();
  });

  it('killed between the broker ack and the checkpoint, re-sends only the unacknowledged batch on restart', async () => {
    const start = await readCheckpoint(database.pool, GATEWAY_CHECKPOINT);
    for (let n = 0; n < 6; n++) await appendLifecycle(store, `gateway-${n}-${randomUUID()}`);
    const expected = await mappedEventIds(start);
    expect(expected).toHaveLength(6 * 9);

    // The first run dies right after its third batch was acknowledged, before the checkpoint is written.
    const real = bus.publisher();
    let batches = 0;
    let crashedBatch: readonly IntegrationMessage[] = [];
    let crash!: () => void;
    const crashed = new Promise<void>((resolve) => (crash = resolve));
    const dying: IntegrationPublisher = {
      async publish(messages) {
        if (batches >= 3) throw new Error('process is gone');
        await real.publish(messages);
        if (++batches === 3) {
          crashedBatch = messages;
          crash();
          throw new Error('killed after the broker acknowledged');
        }
      },
      close: async () => undefined,
    };
    const first = new IntegrationGateway(store, database.pool, dying, { batchSize: 10, idlePollMs: 20 });
    first.start();
    await crashed;
    await first.stop();
    const checkpointAtCrash = await readCheckpoint(database.pool, GATEWAY_CHECKPOINT);
    expect(checkpointAtCrash).toBeLessThan(await store.headPosition());

    const second = new IntegrationGateway(store, database.pool, real, { batchSize: 10, idlePollMs: 20 });
    second.start();
    await untilCheckpointReaches(await store.headPosition());
    await second.stop();

    // Read the topic back with a plain consumer group and count the messages of each source event.
    const counts = new Map<string, number>();
    const total = expected.length + crashedBatch.length;
    let allArrived!: () => void;
    const arrived = new Promise<void>((resolve) => (allArrived = resolve));
    let received = 0;
    const reader = bus.consumer(`reader-${randomUUID()}`, [PROCUREMENT_TOPIC]);
    await reader.start(async (message) => {
      counts.set(message.headers[CE_HEADERS.id], (counts.get(message.headers[CE_HEADERS.id]) ?? 0) + 1);
      if (++received >= total) allArrived();
    });
    await arrived;
    await new Promise((resolve) => setTimeout(resolve, 1000)); // anything beyond the expected would arrive now
    await reader.stop();

    expect(crashedBatch.length).toBeGreaterThan(0);
    expect(expected.filter((id) => !counts.has(id))).toEqual([]);
    const duplicated = [...counts].filter(([, count]) => count > 1);
    expect(duplicated.map(([id]) => id).sort()).toEqual(crashedBatch.map((message) => message.headers[CE_HEADERS.id]).sort());
    expect(duplicated.every(([, count]) => count === 2)).toBe(true);
    expect([...counts.keys()].sort()).toEqual([...expected].sort());
  });
});
