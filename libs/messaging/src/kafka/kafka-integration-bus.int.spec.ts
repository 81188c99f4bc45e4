import { randomUUID } from 'node:crypto';
import { describeWithKafkaMock, startKafkaMockCluster, type KafkaMockCluster } from '@kravspar/testing';
import type { IntegrationMessage, ReceivedMessage } from '../integration-bus.port';
import { KafkaIntegrationBus } from './kafka-integration-bus';

jest.setTimeout(60_000);

/** The mock cluster needs a short session timeout for a group to be rejoined after a restart (architecture §7). */
const busOn = (cluster: KafkaMockCluster, retries = 3) =>
  new KafkaIntegrationBus({ brokers: [cluster.bootstrap], clientId: 'kravspar-test', retries, sessionTimeoutMs: 6000 });

const messages = (topic: string, keys: string[]): IntegrationMessage[] =>
  keys.map((key, index) => ({ topic, key, headers: { ce_id: `${key}-${index}`, 'content-type': 'application/json' }, value: JSON.stringify({ n: index }) }));

/** Collects what a handler saw and resolves once `count` messages arrived. */
function collector(count: number) {
  const seen: ReceivedMessage[] = [];
  let done!: () => void;
  const arrived = new Promise<void>((resolve) => (done = resolve));
  return {
    seen,
    arrived,
    handle: async (message: ReceivedMessage) => {
      seen.push(message);
      if (seen.length >= count) done();
    },
  };
}

describeWithKafkaMock('KafkaIntegrationBus on the mock cluster', () => {
  let cluster: KafkaMockCluster;
  let bus: KafkaIntegrationBus;

  beforeAll(async () => {
    cluster = await startKafkaMockCluster();
  });
  beforeEach(() => {
    bus = busOn(cluster);
  });
  afterEach(() => bus.close());
  afterAll(() => cluster?.stop());

  it('delivers what was published, with key, headers and value, in order per key', async () => {
    const topic = `round-trip-${randomUUID()}`;
    const sent = messages(topic, ['a', 'b', 'a', 'c', 'a']);
    await bus.publisher().publish(sent);
    const received = collector(sent.length);
    await bus.consumer(`group-${randomUUID()}`, [topic]).start(received.handle);
    await received.arrived;
    expect(received.seen.map(({ topic: t, key, headers, value }) => ({ topic: t, key, headers, value }))).toEqual(
      expect.arrayContaining(sent.map((message) => ({ ...message }))),
    );
    expect(received.seen).toHaveLength(sent.length);
    const ofA = received.seen.filter((message) => message.key === 'a').map((message) => message.headers.ce_id);
    expect(ofA).toEqual(['a-0', 'a-2', 'a-4']);
  });

  it('continues a restarted group from its committed offset: nothing again, nothing skipped', async () => {
    const topic = `restart-${randomUUID()}`;
    const group = `group-${randomUUID()}`;
    const key = 'one-aggregate';
    await bus.publisher().publish(messages(topic, Array(5).fill(key)));
    const first = collector(5);
    const consumer = bus.consumer(group, [topic]);
    await consumer.start(first.handle);
    await first.arrived;
    await consumer.stop();

    await bus.publisher().publish(messages(topic, Array(3).fill(key)).map((message, index) => ({ ...message, headers: { ce_id: `later-${index}` } })));
    const second = collector(3);
    await bus.consumer(group, [topic]).start(second.handle);
    await second.arrived;
    await new Promise((resolve) => setTimeout(resolve, 1000)); // anything redelivered would arrive now
    expect(first.seen.map((message) => message.offset)).toEqual(['0', '1', '2', '3', '4']);
    expect(second.seen.map((message) => message.headers.ce_id)).toEqual(['later-0', 'later-1', 'later-2']);
    expect(second.seen.map((message) => message.offset)).toEqual(['5', '6', '7']);
  });

  it('redelivers a message whose handler rejected, and what follows it only afterwards', async () => {
    const topic = `redeliver-${randomUUID()}`;
    await bus.publisher().publish(messages(topic, ['k', 'k', 'k']));
    const attempts: string[] = [];
    let failOnce = true;
    const received = collector(3);
    await bus.consumer(`group-${randomUUID()}`, [topic]).start(async (message) => {
      attempts.push(message.offset);
      if (message.offset === '1' && failOnce) {
        failOnce = false;
        throw new Error('not now');
      }
      await received.handle(message);
    });
    await received.arrived;
    expect(attempts).toEqual(['0', '1', '1', '2']);
    expect(received.seen.map((message) => message.offset)).toEqual(['0', '1', '2']);
  });

  it('resolves publish only for acknowledged messages: a new group reads every one of them', async () => {
    const topic = `acks-${randomUUID()}`;
    const keys = Array.from({ length: 50 }, (_, index) => `aggregate-${index % 7}`);
    const publisher = bus.publisher();
    await publisher.publish(messages(topic, keys.slice(0, 25)));
    await publisher.publish(messages(topic, keys.slice(25)));
    const received = collector(keys.length);
    await bus.consumer(`group-${randomUUID()}`, [topic]).start(received.handle);
    await received.arrived;
    expect(received.seen).toHaveLength(50);
  });

  it('rejects publish, after its bounded retries, when no broker answers', async () => {
    const gone = await startKafkaMockCluster();
    const lonely = busOn(gone, 1);
    const publisher = lonely.publisher();
    await publisher.publish(messages(`gone-${randomUUID()}`, ['x']));
    await gone.stop();
    await expect(publisher.publish(messages(`gone-${randomUUID()}`, ['y']))).rejects.toThrow();
    await lonely.close().catch(() => undefined);
  });
});
