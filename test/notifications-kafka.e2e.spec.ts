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
    } finally {
      await reader.stop();
    }
  }, 150_000);
});
