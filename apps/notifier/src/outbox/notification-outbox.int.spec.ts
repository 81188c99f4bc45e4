import {
  AWARD_NOTIFICATION_SENT_V1, fromKafkaRecord, NOTIFICATION_V1, NOTIFICATIONS_TOPIC, PROCUREMENT_PUBLISHED_V1, type NotificationV1,
} from '@kravspar/contracts';
import { InProcessIntegrationBus, parseIntegrationEvent, type ReceivedMessage } from '@kravspar/messaging';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { migrateNotifierTables, notifierParts, received, recordOf } from '../notifier.fixtures';
import { timerNotificationHandlers } from '../timers/timer-notifications';

// The outbox: notifications committed by the intake or a timer reach the notifications topic once
// acknowledged, including after a crash between commit and publish, and after a failed publish.

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateNotifierTables(db.pool);
});
beforeEach(() => db.pool.query('TRUNCATE notifier_inbox, notifications, timers'));
afterAll(() => db.drop());

const unpublished = async (): Promise<number> =>
  (await db.pool.query('SELECT count(*)::int AS n FROM notifications WHERE published_at IS NULL')).rows[0].n;

async function busWithReader(reader: (message: ReceivedMessage) => Promise<void>): Promise<InProcessIntegrationBus> {
  const bus = new InProcessIntegrationBus({ maxAttempts: 1, retryDelayMs: 1 });
  await bus.consumer('notification-reader', [NOTIFICATIONS_TOPIC]).start(reader);
  return bus;
}

describe('the notification outbox', () => {
  it('publishes committed notifications as CloudEvents of the notification contract and marks them published', async () => {
    const read: ReceivedMessage[] = [];
    const parts = notifierParts(db.pool, await busWithReader(async (message) => void read.push(message)));
    const source = recordOf(PROCUREMENT_PUBLISHED_V1);
    await parts.intake.handle(received(source));
    expect(await parts.outbox.publishPending()).toBe(2);
    expect(await parts.outbox.publishPending()).toBe(0);
    const events = read.map((message) => parseIntegrationEvent<NotificationV1>(fromKafkaRecord(message)));
    expect(events.map((event) => [event.type, event.data.recipient, event.data.sourceEventId, event.id === event.data.notificationId])).toEqual([
      [NOTIFICATION_V1.type, { role: 'labour-market', unitId: 'labour-market-unit' }, source.headers.ce_id, true],
      [NOTIFICATION_V1.type, { role: 'social-welfare' }, source.headers.ce_id, true],
    ]);
    expect(read[0].key).toBe(PROCUREMENT_PUBLISHED_V1.example.procurementId);
    expect(await unpublished()).toBe(0);
  });

  it('publishes after a crash between the commit and the publish: what was committed stays until acknowledged', async () => {
    const read: string[] = [];
    const bus = await busWithReader(async (message) => void read.push(message.headers.ce_id));
    // The process that committed died before its outbox ran; only the rows are left.
    await notifierParts(db.pool, bus).intake.handle(received(recordOf(PROCUREMENT_PUBLISHED_V1)));
    expect(await unpublished()).toBe(2);
    const restarted = notifierParts(db.pool, bus);
    restarted.outbox.start();
    for (let wait = 0; wait < 100 && (await unpublished()) > 0; wait++) await new Promise((resolve) => setTimeout(resolve, 20));
    await restarted.outbox.stop();
    expect(read).toHaveLength(2);
    expect(await unpublished()).toBe(0);
  });

  it('keeps the notifications when the topic does not acknowledge, and publishes them on a later pass', async () => {
    let refuse = true;
    const read: string[] = [];
    const parts = notifierParts(db.pool, await busWithReader(async (message) => {
      if (refuse) throw new Error('broker unavailable');
      read.push(message.headers.ce_id);
    }));
    await parts.intake.handle(received(recordOf(PROCUREMENT_PUBLISHED_V1)));
    await expect(parts.outbox.publishPending()).rejects.toThrow(/failed/);
    expect(await unpublished()).toBe(2);
    refuse = false;
    expect(await parts.outbox.publishPending()).toBe(2);
    expect(new Set(read).size).toBe(2);
  });

  it('stores the notification of a fired timer once, however often it fires', async () => {
    const parts = notifierParts(db.pool, new InProcessIntegrationBus());
    await parts.intake.handle(received(recordOf(AWARD_NOTIFICATION_SENT_V1, { standstillLastDay: '2026-05-14' })));
    parts.clock.set(new Date('2026-05-13T22:00:00Z'));
    expect(await parts.poller.pollOnce()).toBe(1);
    const { rows } = await db.pool.query('SELECT rule, recipient_role, recipient_unit_id, source_id FROM notifications');
    expect(rows).toEqual([{ rule: 'standstill-ends-tomorrow', recipient_role: 'buyer', recipient_unit_id: AWARD_NOTIFICATION_SENT_V1.example.buyerUnitId, source_id: expect.stringMatching(/^notifier:standstill-ends-tomorrow:/) }]);
    // At least once: a timer fired again after a crash before its mark adds nothing.
    const { rows: [fired] } = await db.pool.query('SELECT key, kind, due_at AS "dueAt", payload FROM timers');
    const handlers = timerNotificationHandlers(db.pool, parts.clock, parts.outbox);
    await handlers[fired.kind]({ ...fired, attempts: 0 });
    expect((await db.pool.query('SELECT count(*)::int AS n FROM notifications')).rows[0].n).toBe(1);
  });
});
