import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Kafka, logLevel, type Consumer, type KafkaMessage } from 'kafkajs';
import { loadSettings } from '@kravspar/config';
import type { IntegrationMessage } from '@kravspar/contracts';
import { createAppContext, createHttpApp } from '@kravspar/http';
import { NOTIFIER, NotifierModule } from './notifier.module';

// Test support against librdkafka's mock cluster: the notifier app on a test database with KAFKA_BROKERS,
// and plain kafkajs clients that produce and read topics as any outside producer or consumer would.

/** The notifier app (Nest, as run alone) with `KAFKA_BROKERS` = `bootstrap`; quick retries for tests. */
export async function startNotifierOnKafka(databaseUrl: string, bootstrap: string): Promise<INestApplication> {
  const settings = loadSettings({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kravspar-notifier-')),
    KAFKA_BROKERS: bootstrap,
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    NOTIFIER_RETRY_DELAY_MS: '5',
    NOTIFIER_PUBLISH_INTERVAL_MS: '100',
    RATE_LIMIT_PER_MINUTE: '0',
  });
  const app = await createHttpApp(NotifierModule.register(await createAppContext(settings)), { appName: NOTIFIER });
  app.useLogger(false);
  await app.listen(0, '127.0.0.1');
  return app;
}

function kafkaClient(bootstrap: string, clientId: string): Kafka {
  return new Kafka({ clientId, brokers: [bootstrap], logLevel: logLevel.NOTHING, retry: { retries: 5 } });
}

/** Produces `records` with a plain (non-idempotent) kafkajs producer, in order, acknowledged by all replicas. */
export async function produce(bootstrap: string, records: readonly IntegrationMessage[]): Promise<void> {
  const producer = kafkaClient(bootstrap, 'test-producer').producer({ allowAutoTopicCreation: true });
  await producer.connect();
  try {
    for (let i = 0; i < records.length; i += 200) {
      await producer.sendBatch({
        acks: -1,
        topicMessages: records.slice(i, i + 200).map(({ topic, key, headers, value }) => ({ topic, messages: [{ key, headers, value }] })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

/** A record read back: headers as text. */
export interface ReadRecord {
  readonly topic: string;
  readonly key: string;
  readonly headers: Record<string, string>;
  readonly value: string;
}

/** A plain consumer in a group of its own, reading `topics` from the beginning into `records`. */
export class TopicReader {
  readonly records: ReadRecord[] = [];

  private constructor(private readonly consumer: Consumer) {}

  static async start(bootstrap: string, topics: readonly string[]): Promise<TopicReader> {
    const consumer = kafkaClient(bootstrap, 'test-reader').consumer({
      groupId: `test-reader-${Math.random().toString(36).slice(2)}`,
      sessionTimeout: 6000,
      rebalanceTimeout: 6000,
      heartbeatInterval: 600,
    });
    const reader = new TopicReader(consumer);
    await consumer.connect();
    await consumer.subscribe({ topics: [...topics], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ topic, message }) => void reader.records.push(readRecord(topic, message)) });
    return reader;
  }

  /** Waits until `done` holds for the records read, or fails after `withinMs`. */
  async until(done: (records: readonly ReadRecord[]) => boolean, withinMs: number): Promise<readonly ReadRecord[]> {
    const deadline = Date.now() + withinMs;
    while (!done(this.records)) {
      if (Date.now() > deadline) throw new Error(`not read within ${withinMs} ms (${this.records.length} records read)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return this.records;
  }

  stop(): Promise<void> {
    return this.consumer.disconnect();
  }
}

function readRecord(topic: string, message: KafkaMessage): ReadRecord {
  const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)]));
  return { topic, key: message.key?.toString() ?? '', headers, value: message.value?.toString() ?? '' };
}

/** Polls `probe` until `done` holds, or fails after `withinMs`. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, withinMs: number): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not as expected within ${withinMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
