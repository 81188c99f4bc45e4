import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSettings } from '@kravspar/config';
import {
  eventStoreMigrations, latestCheckpoint, PostgresEventStore, resolveCheckpointSigner, verifyLog, type EventToAppend,
} from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { CheckpointSealer } from './checkpoint-sealer.service';

const clock = { now: async () => new Date('2026-03-02T12:00:00.000Z') };
const dataDir = mkdtempSync(path.join(tmpdir(), 'kravspar-sealer-'));
let database: TestDatabase;
let store: PostgresEventStore;

const events = (n: number): EventToAppend[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'Noted',
    data: { i },
    metadata: { eventId: randomUUID(), actor: { userId: 'u', role: 'buyer', unitId: 'waste' }, occurredAt: '2026-03-02T10:00:00+01:00', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
  }));

const sealer = (env: Record<string, string> = {}) =>
  new CheckpointSealer(loadSettings({ NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: dataDir, CHECKPOINT_INTERVAL_SECONDS: '1', ...env }), database.pool, clock);

async function waitForCheckpointAt(treeSize: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while ((await latestCheckpoint(database.pool))?.treeSize !== treeSize) {
    if (Date.now() > deadline) throw new Error(`no checkpoint at ${treeSize} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  store = new PostgresEventStore(database.pool, clock);
});
afterAll(async () => {
  await store?.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the projector seals checkpoints periodically', () => {
  it('seals what was appended every interval, with the development key, until shut down', async () => {
    const service = sealer();
    await service.onModuleInit();
    await store.append('s-1', events(10), 'no-stream');
    service.onApplicationBootstrap();
    try {
      await waitForCheckpointAt(10);
      await store.append('s-1', events(5), 9);
      await waitForCheckpointAt(15);
    } finally {
      await service.beforeApplicationShutdown();
    }
    await store.append('s-1', events(1), 14);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await latestCheckpoint(database.pool)).toMatchObject({ id: 2, treeSize: 15 });
    const { publicKey } = await resolveCheckpointSigner({ NODE_ENV: 'test', DATA_DIR: dataDir });
    expect(await verifyLog(database.pool, { publicKeys: [publicKey] })).toMatchObject({ ok: true, checked: 16, checkpointsChecked: 2 });
  });

  it('stays off with interval 0 or another event store, and refuses production without AUDIT_SIGNING_KEY', async () => {
    expect(sealer({ CHECKPOINT_INTERVAL_SECONDS: '0' }).enabled).toBe(false);
    expect(sealer({ EVENT_STORE: 'in-memory' }).enabled).toBe(false);
    await expect(sealer({ NODE_ENV: 'production' }).onModuleInit()).rejects.toThrow('AUDIT_SIGNING_KEY is required when NODE_ENV=production');
  });
});
