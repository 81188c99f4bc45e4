import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { CE_HEADERS, PROCUREMENT_TOPIC } from '@kravspar/contracts';
import { PostgresEventStore } from '@kravspar/event-store';
import { InProcessIntegrationBus, KafkaIntegrationBus, type ReceivedMessage } from '@kravspar/messaging';
import { readCheckpoint } from '@kravspar/read-store';
import { createTestDatabase, describeWithKafkaMock, startKafkaMockCluster, SteppingClock, type KafkaMockCluster, type TestDatabase } from '@kravspar/testing';
import { appendLifecycle } from '../apps/projector/src/procurement-lifecycle.fixtures';
import { GATEWAY_CHECKPOINT } from '../apps/projector/src/gateway/integration-gateway';
import { IntegrationGatewayService } from '../apps/projector/src/gateway/integration-gateway.module';
import { ProjectorAppModule } from '../apps/projector/src/projector-app.module';
import { testContext, testSettings } from './support/command-api-under-test';

jest.setTimeout(90_000);

let database: TestDatabase;
let dataDir: string;
let writer: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = mkdtempSync(join(tmpdir(), 'kravspar-gateway-'));
});
afterAll(async () => {
  await writer?.close();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The projector app as `main.ts` composes it, on the test database, with `overrides` and the context's extras. */
async function startProjector(overrides: Record<string, string>, integrationBus?: InProcessIntegrationBus): Promise<TestingModule> {
  const { context } = await testContext(testSettings(database, dataDir, { CHECKPOINT_INTERVAL_SECONDS: '0', ...overrides }));
  const app = await Test.createTestingModule({ imports: [ProjectorAppModule.register({ ...context, integrationBus })] }).compile();
  await app.init();
  writer ??= new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-06-01T08:00:00Z')));
  return app;
}

/** Resolves with the first message of type `type` about `procurementId` that `messages` receive. */
function firstMessage(seen: ReceivedMessage[], type: string, procurementId: string, timeoutMs = 30_000): Promise<ReceivedMessage> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const look = () => {
      const found = seen.find((message) => message.headers[CE_HEADERS.type] === type && message.key === procurementId);
      if (found) return resolve(found);
      if (Date.now() > deadline) return reject(new Error(`no ${type} for ${procurementId} within ${timeoutMs} ms`));
      setTimeout(look, 50);
    };
    look();
  });
}

describe('the projector without KAFKA_BROKERS', () => {
  it('alone, runs no gateway and leaves its checkpoint where it is', async () => {
    const app = await startProjector({});
    try {
      expect(() => app.get(IntegrationGatewayService, { strict: false })).toThrow();
      await appendLifecycle(writer, `alone-${randomUUID()}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await readCheckpoint(database.pool, GATEWAY_CHECKPOINT)).toBe(0);
    } finally {
      await app.close();
    }
  });

  it("in the all-in-one, publishes to the process's shared in-process bus", async () => {
    const shared = new InProcessIntegrationBus();
    const seen: ReceivedMessage[] = [];
    await shared.consumer('notifier', [PROCUREMENT_TOPIC]).start(async (message) => void seen.push(message));
    const app = await startProjector({}, shared);
    try {
      const id = `shared-${randomUUID()}`;
      await appendLifecycle(writer, id);
      const published = await firstMessage(seen, 'kravspar.procurement.published.v1', id);
      expect(published.headers[CE_HEADERS.subject]).toBe(id);
      expect(JSON.parse(published.value)).toMatchObject({ title: expect.any(String), socialCriteria: [expect.objectContaining({ placementType: 'workTraining' })] });
    } finally {
      await app.close();
    }
  });
});

describeWithKafkaMock('the projector with KAFKA_BROKERS', () => {
  let cluster: KafkaMockCluster;
  beforeAll(async () => {
    cluster = await startKafkaMockCluster();
  });
  afterAll(() => cluster?.stop());

  it('runs the gateway: a published procurement reaches kravspar.procurement.v1', async () => {
    const app = await startProjector({ KAFKA_BROKERS: cluster.bootstrap, KAFKA_SESSION_TIMEOUT_MS: '6000' });
    const reader = new KafkaIntegrationBus({ brokers: [cluster.bootstrap], clientId: 'reader', retries: 3, sessionTimeoutMs: 6000 });
    try {
      const id = `kafka-${randomUUID()}`;
      await appendLifecycle(writer, id);
      const seen: ReceivedMessage[] = [];
      await reader.consumer(`reader-${randomUUID()}`, [PROCUREMENT_TOPIC]).start(async (message) => void seen.push(message));
      const published = await firstMessage(seen, 'kravspar.procurement.published.v1', id);
      expect(published.headers).toMatchObject({ ce_specversion: '1.0', ce_source: '/kravspar/projector', ce_subject: id, 'content-type': 'application/json' });
    } finally {
      await reader.close();
      await app.close();
    }
  });
});
