import { NOTIFICATIONS_TOPIC, PROCUREMENT_PUBLISHED_V1, PROCUREMENT_TOPIC, type NotificationV1 } from '@kravspar/contracts';
import { describeWithKafkaMock, startKafkaMockCluster, type KafkaMockCluster } from '@kravspar/testing';
import { TopicReader } from '../apps/notifier/src/notifier-kafka.fixtures';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

// Acceptance (requirement: integration events on Kafka): with KAFKA_BROKERS on librdkafka's mock cluster,
// publishing a procurement with a placement criterion produces a kravspar.procurement.v1 message and,
// through the notifier, a notification for the labour-market unit on kravspar.notifications.v1, both read
// back with a plain kafkajs consumer.

describeWithKafkaMock('notifications over Kafka', () => {
  let kafka: KafkaMockCluster;
  let system: SystemUnderTest;
  let story: Story;
  let procurementId: string;

  beforeAll(async () => {
    kafka = await startKafkaMockCluster();
    system = await SystemUnderTest.start({ notifier: true, settings: { KAFKA_BROKERS: kafka.bootstrap, KAFKA_SESSION_TIMEOUT_MS: '6000' } });
    story = await Story.cast(system, 'stadservice-gotland-ab', 'waste');
  }, 60_000);
  afterAll(async () => {
    await system?.stop();
    await kafka?.stop();
  }, 60_000);

  it('publishes the procurement message and the labour-market unit\'s notification', async () => {
    await story.moveClockTo('2026-03-02T09:00:00+01:00');
    const { id } = await story.command<{ id: string }>('/procurements', { title: 'Renhållning av återvinningsstationer', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 6_000_000, currency: 'SEK' } }, story.tokens.buyer, 201);
    await story.command(`/procurements/${id}/social-criteria`, { instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 3, reportingSchedule: 'quarterly', sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' }, story.tokens.officer, 201);
    await story.command(`/procurements/${id}/publish`, { publishedAt: '2026-03-02T09:00:00+01:00', tenderDeadline: '2026-04-07T12:00:00+02:00', electronicTenders: true });

    // The notifier's inbox (query-api) shows it first; by then both topics exist for a reader to subscribe to.
    await story.eventually('/notifications', (inbox: { items: Array<{ subject: string }> }) => inbox.items.some((item) => item.subject === id), story.tokens.labourMarket, 60_000);
    const reader = await TopicReader.start(kafka.bootstrap, [PROCUREMENT_TOPIC, NOTIFICATIONS_TOPIC]);
    try {
      const isPublished = (record: { topic: string; key: string; headers: Record<string, string> }) =>
        record.topic === PROCUREMENT_TOPIC && record.key === id && record.headers.ce_type === PROCUREMENT_PUBLISHED_V1.type;
      const toLabourMarket = (record: { topic: string; value: string }) => {
        if (record.topic !== NOTIFICATIONS_TOPIC) return false;
        const notification = JSON.parse(record.value) as NotificationV1;
        return notification.subject === id && notification.recipient.role === 'labour-market' && notification.recipient.unitId === 'arbetsliv-och-etablering';
      };
      const records = await reader.until((read) => read.some(isPublished) && read.some(toLabourMarket), 60_000);
      const message = records.find(isPublished)!;
      expect(JSON.parse(message.value)).toMatchObject({ procurementId: id, socialCriteria: [expect.objectContaining({ placementType: 'workTraining', matchingUnitId: 'arbetsliv-och-etablering' })] });
      const notification = JSON.parse(records.find(toLabourMarket)!.value) as NotificationV1;
      expect(notification).toMatchObject({ rule: 'placement-criterion-published', sourceEventId: message.headers.ce_id });
      procurementId = id;
    } finally {
      await reader.stop();
    }
  }, 150_000);

  it('notifies no one twice when the gateway sends its messages again (a crash before its checkpoint moved)', async () => {
    expect(procurementId).toBeDefined();
    const notificationsOf = async () =>
      (await system.database.pool.query('SELECT count(*)::int AS n FROM notifications WHERE subject = $1', [procurementId])).rows[0].n;
    expect(await notificationsOf()).toBe(2); // the labour-market unit and social welfare
    // As if the projector died after Kafka acknowledged and before its checkpoint committed: restarted, it
    // sends again from the checkpoint it finds.
    system = await system.restart(() => system.database.pool.query("UPDATE projection_checkpoints SET position = 0 WHERE name = 'kafka-gateway.v1'"));
    const reader = await TopicReader.start(kafka.bootstrap, [PROCUREMENT_TOPIC, NOTIFICATIONS_TOPIC]);
    try {
      const published = (records: readonly { topic: string; key: string; headers: Record<string, string> }[]) =>
        records.filter((record) => record.key === procurementId && record.headers.ce_type === PROCUREMENT_PUBLISHED_V1.type);
      const records = await reader.until((read) => published(read).length >= 2, 60_000);
      expect(new Set(published(records).map((record) => record.headers.ce_id)).size).toBe(1);
      const inbox = await system.database.pool.query('SELECT count(*)::int AS n FROM notifier_inbox WHERE message_id = $1', [published(records)[0].headers.ce_id]);
      expect(inbox.rows[0].n).toBe(1);
      // The restarted notifier received the message again (the apps share one metrics registry) and added nothing.
      const duplicates = async () => Number(/kravspar_notifier_messages_total\{app="notifier",outcome="duplicate"\} (\d+)/.exec((await system.queries.get<string>('/metrics')).body)?.[1] ?? 0);
      for (const deadline = Date.now() + 30_000; (await duplicates()) < 1 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await duplicates()).toBeGreaterThanOrEqual(1);
      expect(await notificationsOf()).toBe(2);
      const notifications = reader.records.filter((record) => record.topic === NOTIFICATIONS_TOPIC && JSON.parse(record.value).subject === procurementId);
      expect(notifications).toHaveLength(2);
    } finally {
      await reader.stop();
    }
  }, 120_000);
});
