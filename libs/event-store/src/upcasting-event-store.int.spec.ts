import { randomUUID } from 'node:crypto';
import { procurementDecider, procurementStreamId, type ProcurementState } from '@kravspar/domain';
import { fold } from '@kravspar/domain/kernel';
import { bidReceived, DURING_TENDER, tenderPeriod, withdraw } from '@kravspar/domain/procurement/tender.fixtures';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { auditMigrations, checkStream, verifyLog } from './audit';
import type { EventToAppend, JsonObject, RecordedEvent } from './event-store.port';
import { eventStoreMigrations } from './postgres/event-store.migrations';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { upcastingEventStore } from './upcasting-event-store';
import { handleCommand } from './write-path/handle-command';

// A BidWithdrawn stored as schema version 1 wrote it (no withdrawnAt), replayed by today's code.

const STREAM = procurementStreamId('p-upcast');
const WITHDRAWN_AT = '2025-04-22T10:00:00+02:00';
let database: TestDatabase;
let stored: PostgresEventStore;

const asStored = (type: string, data: object, occurredAt: string, schemaVersion = 1): EventToAppend => ({
  type,
  data: data as JsonObject,
  metadata: { eventId: randomUUID(), actor: { userId: 'u', role: 'supplier', unitId: 's1', supplierId: 's1' }, occurredAt, correlationId: 'c', causationId: 'c', schemaVersion },
});

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, auditMigrations);
  stored = new PostgresEventStore(database.pool, new SteppingClock(new Date('2025-04-22T08:00:00Z')));
  const history = [...tenderPeriod, bidReceived('b1', 's1')].map((event) => asStored(event.type, event.data, event.metadata.occurredAt));
  // The v1 row as the write path of that version appended it: hash and chain over this very data.
  await stored.append(STREAM, [...history, asStored('BidWithdrawn', { bidId: 'b1', supplierId: 's1' }, WITHDRAWN_AT)], 'no-stream');
});
afterAll(async () => {
  await stored.close();
  await database.drop();
});

const last = (events: RecordedEvent[]) => events[events.length - 1];

describe('the upcasting event store', () => {
  it('reads the stored v1 event in today\'s schema; the stored form stays as it was', async () => {
    const raw = last(await stored.readStream(STREAM));
    expect(raw.data).toEqual({ bidId: 'b1', supplierId: 's1' });
    expect(raw.metadata.schemaVersion).toBe(1);

    const upcast = last(await upcastingEventStore(stored).readStream(STREAM));
    expect(upcast.data).toEqual({ bidId: 'b1', supplierId: 's1', withdrawnAt: WITHDRAWN_AT });
    expect(upcast.metadata.schemaVersion).toBe(2);
    expect(upcast.metadata.hash).toBe(raw.metadata.hash);
    expect(last(await upcastingEventStore(stored).readAll({ after: raw.position - 1 })).data).toEqual(upcast.data);
  });

  it('replays old history into today\'s decider: the withdrawn bid carries its time', async () => {
    const state = fold(procurementDecider, (await upcastingEventStore(stored).readStream(STREAM)) as never[]) as ProcurementState & { bids: Record<string, { withdrawnAt?: string }> };
    expect(state.bids.b1.withdrawnAt).toBe(WITHDRAWN_AT);
    // Without the upcaster today's evolve finds no withdrawnAt in the v1 data.
    const unupcast = fold(procurementDecider, (await stored.readStream(STREAM)) as never[]) as typeof state;
    expect(unupcast.bids.b1.withdrawnAt).toBeUndefined();
  });

  it('delivers upcast events to subscribers', async () => {
    const seen: RecordedEvent[] = [];
    const subscription = upcastingEventStore(stored).subscribe({ after: 0, filter: { eventTypes: ['BidWithdrawn'] }, onEvent: async (event) => void seen.push(event) });
    await subscription.caughtUp;
    await subscription.stop();
    expect(seen.map((event) => [event.data.withdrawnAt, event.metadata.schemaVersion])).toEqual([[WITHDRAWN_AT, 2]]);
  });

  it('keeps verification on the stored form: the log and the stream verify; upcast data would not', async () => {
    expect((await verifyLog(database.pool, { publicKeys: [] })).ok).toBe(true);
    expect(checkStream(await stored.readStream(STREAM), new Map(), 0).ok).toBe(true);
    expect(checkStream(await upcastingEventStore(stored).readStream(STREAM), new Map(), 0).ok).toBe(false);
  });

  it('stamps a new BidWithdrawn with schema version 2 and withdrawnAt in its data', async () => {
    const stream = procurementStreamId('p-current');
    const store = upcastingEventStore(stored);
    const history = [...tenderPeriod, bidReceived('b2', 's2')].map((event) => asStored(event.type, event.data, event.metadata.occurredAt));
    await stored.append(stream, history, 'no-stream');
    await handleCommand(store, stream, procurementDecider, withdraw('b2', 's2', DURING_TENDER));
    const written = last(await stored.readStream(stream));
    expect([written.type, written.metadata.schemaVersion, written.data.withdrawnAt]).toEqual(['BidWithdrawn', 2, DURING_TENDER]);
  });
});
