import {
  AWARD_NOTIFICATION_SENT_V1, COMMITMENT_ESTABLISHED_V1, CONTRACT_STARTED_V1, DEAD_LETTER_HEADERS, NOTIFICATIONS_DLQ_TOPIC,
  PLACEMENT_SLOT_OFFERED_V1, PLACEMENT_STARTED_V1, PROCUREMENT_PUBLISHED_V1, STANDSTILL_ENDED_V1,
} from '@kravspar/contracts';
import { InProcessIntegrationBus, type ReceivedMessage } from '@kravspar/messaging';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { migrateNotifierTables, notifierParts, received, recordOf, type NotifierParts } from '../notifier.fixtures';
import { firstPlacementTimerKey, standstillTimerKey } from '../rules/notifier-timers';

// The intake on PostgreSQL: inbox, notifications, facts and timers in one transaction; redelivery;
// poison messages parked on the dead-letter topic after bounded retries; database failures handed back.

let db: TestDatabase;
let bus: InProcessIntegrationBus;
let parts: NotifierParts;
let deadLetters: ReceivedMessage[];

beforeAll(async () => {
  db = await createTestDatabase();
  await migrateNotifierTables(db.pool);
});
beforeEach(async () => {
  await db.pool.query('TRUNCATE notifier_inbox, notifications, timers, notifier_first_placement_clocks, notifier_contract_starts, notifier_dead_letters');
  bus = new InProcessIntegrationBus();
  deadLetters = [];
  await bus.consumer('dead-letter-reader', [NOTIFICATIONS_DLQ_TOPIC]).start(async (message) => void deadLetters.push(message));
  parts = notifierParts(db.pool, bus);
});
afterAll(() => db.drop());

const count = async (table: string): Promise<number> => (await db.pool.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
const timer = async (key: string) => (await db.pool.query('SELECT due_at, fired_at FROM timers WHERE key = $1', [key])).rows[0];

describe('the notifier intake', () => {
  it('stores one notification per recipient for a message delivered three times, and one inbox row', async () => {
    const published = recordOf(PROCUREMENT_PUBLISHED_V1);
    for (let delivery = 0; delivery < 3; delivery++) await parts.intake.handle(received(published));
    const { rows } = await db.pool.query('SELECT recipient_role, recipient_unit_id, source_id, published_at FROM notifications ORDER BY seq');
    expect(rows).toEqual([
      { recipient_role: 'labour-market', recipient_unit_id: 'labour-market-unit', source_id: published.headers.ce_id, published_at: null },
      { recipient_role: 'social-welfare', recipient_unit_id: null, source_id: published.headers.ce_id, published_at: null },
    ]);
    expect(await count('notifier_inbox')).toBe(1);
  });

  it('records a message that raises nothing in the inbox, so its redelivery is recognised too', async () => {
    const noPlacement = recordOf(PROCUREMENT_PUBLISHED_V1, { socialCriteria: [] });
    await parts.intake.handle(received(noPlacement));
    await parts.intake.handle(received(noPlacement));
    expect([await count('notifier_inbox'), await count('notifications')]).toEqual([1, 0]);
  });

  it('arms the standstill timer with the message, and cancels it when the standstill ends', async () => {
    const procurementId = AWARD_NOTIFICATION_SENT_V1.example.procurementId;
    await parts.intake.handle(received(recordOf(AWARD_NOTIFICATION_SENT_V1, { standstillLastDay: '2026-05-14' })));
    expect(await timer(standstillTimerKey(procurementId))).toEqual({ due_at: new Date('2026-05-13T22:00:00Z'), fired_at: null });
    await parts.intake.handle(received(recordOf(STANDSTILL_ENDED_V1)));
    expect(await timer(standstillTimerKey(procurementId))).toBeUndefined();
    expect(await count('notifications')).toBe(1);
  });

  it('arms the first-placement warning when commitment and contract start are both known, in either order', async () => {
    const key = firstPlacementTimerKey(COMMITMENT_ESTABLISHED_V1.example.commitmentId);
    await parts.intake.handle(received(recordOf(CONTRACT_STARTED_V1, { startDate: '2026-06-01' })));
    expect(await timer(key)).toBeUndefined();
    await parts.intake.handle(received(recordOf(COMMITMENT_ESTABLISHED_V1, { firstPlacementDueDays: 180 })));
    expect(await timer(key)).toEqual({ due_at: new Date('2026-11-13T23:00:00Z'), fired_at: null });

    await db.pool.query('TRUNCATE notifier_inbox, timers, notifier_first_placement_clocks, notifier_contract_starts');
    await parts.intake.handle(received(recordOf(COMMITMENT_ESTABLISHED_V1, { firstPlacementDueDays: 180 })));
    expect(await timer(key)).toBeUndefined();
    await parts.intake.handle(received(recordOf(CONTRACT_STARTED_V1, { startDate: '2026-06-01' })));
    expect(await timer(key)).toEqual({ due_at: new Date('2026-11-13T23:00:00Z'), fired_at: null });
  });

  it('arms no first-placement warning once a placement started, even when the contract start comes later', async () => {
    const key = firstPlacementTimerKey(COMMITMENT_ESTABLISHED_V1.example.commitmentId);
    await parts.intake.handle(received(recordOf(COMMITMENT_ESTABLISHED_V1)));
    await parts.intake.handle(received(recordOf(PLACEMENT_STARTED_V1)));
    await parts.intake.handle(received(recordOf(CONTRACT_STARTED_V1)));
    expect(await timer(key)).toBeUndefined();
  });

  it('parks unreadable, unknown and invalid messages on the dead-letter topic with the error, and goes on', async () => {
    const good = recordOf(PLACEMENT_SLOT_OFFERED_V1);
    const poison = [
      { ...good, headers: { ...good.headers, ce_id: '' } },
      { ...good, value: '{not json' },
      { ...good, headers: { ...good.headers, ce_type: 'kravspar.commitment.placement-slot-offered.v9' } },
      { ...good, value: JSON.stringify({ ...PLACEMENT_SLOT_OFFERED_V1.example, site: 42 }) },
    ].map(received);
    for (const message of poison) await parts.intake.handle(message);
    await parts.intake.handle(received(good));
    expect(deadLetters.map((letter) => letter.headers[DEAD_LETTER_HEADERS.error])).toEqual([
      expect.stringMatching(/^UnreadableMessageError: header ce_id/),
      expect.stringMatching(/^UnreadableMessageError: the value is not JSON/),
      expect.stringMatching(/^UnknownMessageTypeError/),
      expect.stringMatching(/^InvalidMessageError/),
    ]);
    expect(deadLetters[1]).toMatchObject({
      key: good.key,
      value: '{not json',
      headers: expect.objectContaining({
        ce_type: good.headers.ce_type,
        [DEAD_LETTER_HEADERS.sourceTopic]: good.topic,
        [DEAD_LETTER_HEADERS.sourcePartition]: '0',
        [DEAD_LETTER_HEADERS.sourceOffset]: poison[1].offset,
        [DEAD_LETTER_HEADERS.attempts]: '3',
      }),
    });
    expect([await count('notifier_inbox'), await count('notifications')]).toEqual([1, 1]);
    const kept = await db.pool.query('SELECT "offset", value, error, attempts FROM notifier_dead_letters ORDER BY "offset"::int');
    expect(kept.rows).toEqual(poison.map((message, i) => ({ offset: message.offset, value: message.value, error: deadLetters[i].headers[DEAD_LETTER_HEADERS.error], attempts: 3 })));
  });

  it('hands a database failure back to the consumer after its attempts, parking nothing, and succeeds on redelivery', async () => {
    const message = received(recordOf(PLACEMENT_SLOT_OFFERED_V1));
    await db.pool.query('ALTER TABLE notifications RENAME TO notifications_away');
    try {
      await expect(parts.intake.handle(message)).rejects.toThrow(/notifications/);
    } finally {
      await db.pool.query('ALTER TABLE notifications_away RENAME TO notifications');
    }
    expect(deadLetters).toEqual([]);
    expect(await count('notifier_inbox')).toBe(0);
    await parts.intake.handle(message);
    expect([await count('notifier_inbox'), await count('notifications')]).toEqual([1, 1]);
  });
});
