import type { INestApplication } from '@nestjs/common';
import {
  DEAD_LETTER_HEADERS, NOTIFICATIONS_DLQ_TOPIC, NOTIFICATIONS_TOPIC, PLACEMENT_SLOT_OFFERED_V1, PROCUREMENT_PUBLISHED_V1,
  REFERRAL_PROPOSED_V1, REPORT_OVERDUE_V1, type IntegrationMessage,
} from '@kravspar/contracts';
import { createTestDatabase, describeWithKafkaMock, startKafkaMockCluster, type KafkaMockCluster, type TestDatabase } from '@kravspar/testing';
import { eventually, produce, startNotifierOnKafka, TopicReader } from './notifier-kafka.fixtures';
import { recordOf } from './notifier.fixtures';

// The notifier app against the Kafka protocol (librdkafka's mock cluster through kcat): messages produced
// by a plain producer, notifications and dead letters read back by plain consumers.

jest.setTimeout(180_000);

const count = async (db: TestDatabase, sql: string): Promise<number> => (await db.pool.query(sql)).rows[0].n;

describeWithKafkaMock('the notifier on Kafka', () => {
  let kafka: KafkaMockCluster;
  let db: TestDatabase;
  let notifier: INestApplication | undefined;

  beforeEach(async () => {
    kafka = await startKafkaMockCluster();
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await notifier?.close();
    notifier = undefined;
    await db.drop();
    await kafka.stop();
  });

  it('notifies once for every message delivered three times', async () => {
    const messages: IntegrationMessage[] = [];
    for (let i = 0; i < 20; i++) {
      messages.push(recordOf(PLACEMENT_SLOT_OFFERED_V1, { commitmentId: `commitment-${i}`, slotId: `slot-${i}` }));
      messages.push(recordOf(REFERRAL_PROPOSED_V1, { referralId: `referral-${i}`, supplierId: `supplier-${i % 3}` }));
      messages.push(recordOf(PROCUREMENT_PUBLISHED_V1, { procurementId: `procurement-${i}` })); // two recipients
    }
    await produce(kafka.bootstrap, [...messages, ...messages, ...messages]);
    notifier = await startNotifierOnKafka(db.url, kafka.bootstrap);
    const expected = 20 * (1 + 1 + 2);
    await eventually(() => count(db, 'SELECT count(*)::int AS n FROM notifications WHERE published_at IS NOT NULL'), (n) => n >= expected, 90_000);
    const reader = await TopicReader.start(kafka.bootstrap, [NOTIFICATIONS_TOPIC]);
    const published = await reader.until((records) => records.length >= expected, 60_000);
    // Every delivery of a message was read: the inbox saw all 180 and kept 60.
    expect(await count(db, 'SELECT count(*)::int AS n FROM notifier_inbox')).toBe(60);
    expect(await count(db, 'SELECT count(*)::int AS n FROM notifications')).toBe(expected);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // anything published twice would arrive by now
    expect(published).toHaveLength(expected);
    expect(new Set(published.map((record) => record.headers.ce_id)).size).toBe(expected);
    const metrics = await (await fetch(`${await notifier.getUrl()}/metrics`)).text();
    expect(metrics).toMatch(/kravspar_notifier_messages_total\{app="notifier",outcome="new"\} 60\n/);
    expect(metrics).toMatch(/kravspar_notifier_messages_total\{app="notifier",outcome="duplicate"\} 120\n/);
    expect(metrics).toMatch(new RegExp(`kravspar_notifications_published_total\\{app="notifier"\\} ${expected}\\n`));
    await reader.stop();
  });

  it('parks 20 poison messages among 1,000 good ones on the dead-letter topic and notifies every good one exactly once', async () => {
    const good = Array.from({ length: 1_000 }, (_, i) =>
      i % 2 === 0
        ? recordOf(PLACEMENT_SLOT_OFFERED_V1, { commitmentId: `commitment-${i % 37}`, slotId: `slot-${i}` })
        : recordOf(REPORT_OVERDUE_V1, { commitmentId: `commitment-${i % 37}`, dueDate: '2026-10-30' }),
    );
    const template = recordOf(PLACEMENT_SLOT_OFFERED_V1);
    const poison: IntegrationMessage[] = Array.from({ length: 20 }, (_, i) => {
      const kind = i % 4;
      const headers = { ...template.headers, ce_id: `poison-${i}` };
      if (kind === 0) return { ...template, headers, value: `{"truncated": ${i}` };
      if (kind === 1) return { ...template, headers: { ...headers, ce_type: 'kravspar.commitment.placement-slot-offered.v7' } };
      if (kind === 2) return { ...template, headers, value: JSON.stringify({ ...PLACEMENT_SLOT_OFFERED_V1.example, slotId: undefined }) };
      const withoutVersion: Record<string, string> = { ...headers };
      delete withoutVersion.ce_specversion;
      return { ...template, headers: withoutVersion };
    });
    // Poison every 50 good ones, on the same topic and keys as good ones, so the flow must go past them.
    const mixed = good.flatMap((message, i) => (i % 50 === 25 ? [poison[Math.floor(i / 50)], message] : [message]));
    expect(mixed).toHaveLength(1_020);
    await produce(kafka.bootstrap, mixed);

    notifier = await startNotifierOnKafka(db.url, kafka.bootstrap);
    await eventually(() => count(db, 'SELECT count(*)::int AS n FROM notifications WHERE published_at IS NOT NULL'), (n) => n >= 1_000, 150_000);
    const deadLetters = await TopicReader.start(kafka.bootstrap, [NOTIFICATIONS_DLQ_TOPIC]);
    const notifications = await TopicReader.start(kafka.bootstrap, [NOTIFICATIONS_TOPIC]);
    const parked = await deadLetters.until((records) => records.length >= 20, 60_000);
    const published = await notifications.until((records) => records.length >= 1_000, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(parked).toHaveLength(20);
    expect(new Set(parked.map((record) => record.headers[DEAD_LETTER_HEADERS.sourceOffset] + record.headers.ce_id)).size).toBe(20);
    expect(parked.map((record) => record.headers[DEAD_LETTER_HEADERS.error].split(':')[0]).sort()).toEqual(
      [...Array(10).fill('UnreadableMessageError'), ...Array(5).fill('UnknownMessageTypeError'), ...Array(5).fill('InvalidMessageError')].sort(),
    );
    expect(parked.every((record) => record.headers[DEAD_LETTER_HEADERS.attempts] === '3')).toBe(true);

    const goodIds = new Set(good.map((message) => message.headers.ce_id));
    const sources = published.map((record) => JSON.parse(record.value).sourceEventId as string);
    expect(published).toHaveLength(1_000);
    expect(new Set(sources).size).toBe(1_000);
    expect(sources.every((id) => goodIds.has(id))).toBe(true);
    expect(await count(db, 'SELECT count(*)::int AS n FROM notifier_inbox')).toBe(1_000);
    await deadLetters.stop();
    await notifications.stop();
  });
});
