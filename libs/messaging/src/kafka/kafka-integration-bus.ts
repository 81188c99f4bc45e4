import { Logger } from '@nestjs/common';
import {
  Kafka, logLevel, Partitioners, type Consumer, type IHeaders, type KafkaMessage, type LogEntry, type Producer, type ProducerConfig,
} from 'kafkajs';
import type {
  IntegrationBus, IntegrationConsumer, IntegrationMessage, IntegrationPublisher, ReceivedMessage,
} from '../integration-bus.port';

export interface KafkaBusOptions {
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Bounded retries of produce and broker requests (kafkajs's idempotent producer default is unbounded). */
  readonly retries: number;
  /** Consumer group session and rebalance timeout, ms. */
  readonly sessionTimeoutMs: number;
}

/** Pauses before a rejected message is redelivered, growing per consecutive failure of a partition. */
const REDELIVERY_BACKOFF_MS = [200, 1000, 3000];

/**
 * The integration bus on Kafka (kafkajs). Publishers produce with `acks: -1` from an idempotent producer
 * (one request in flight, so order survives retries) and resolve when every message is acknowledged.
 * Consumers run in a group from the earliest offset for a new group, commit a message's offset only after
 * its handler resolved, and seek back to a message whose handler rejected, so it is redelivered (after a
 * back-off) and nothing after it is skipped.
 */
export class KafkaIntegrationBus implements IntegrationBus {
  readonly kind = 'kafka';
  private readonly kafka: Kafka;
  private readonly open = new Set<{ close(): Promise<void> }>();

  constructor(private readonly options: KafkaBusOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: [...options.brokers],
      retry: { retries: options.retries },
      logLevel: logLevel.WARN,
      logCreator: kafkaLogToNest,
    });
  }

  publisher(): IntegrationPublisher {
    const publisher = new KafkaPublisher(
      async () => this.kafka.producer(producerConfig(this.options.retries, await this.controllerIsKnown())),
      () => this.open.delete(publisher),
    );
    this.open.add(publisher);
    return publisher;
  }

  /**
   * Whether the cluster names a controller among its brokers. kafkajs asks the controller for the
   * idempotent producer's id; librdkafka's mock cluster reports controller 0, which is none of its brokers
   * (architecture §7), so there the producer runs without idempotence (see `producerConfig`).
   */
  private async controllerIsKnown(): Promise<boolean> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const { brokers, controller } = await admin.describeCluster();
      const known = brokers.some((broker) => broker.nodeId === controller);
      if (!known) {
        new Logger('KafkaIntegrationBus').warn(
          `the cluster reports controller ${controller}, none of its brokers (librdkafka's mock cluster does): producing without idempotence, acks -1, one request in flight`,
        );
      }
      return known;
    } finally {
      await admin.disconnect();
    }
  }

  consumer(groupId: string, topics: readonly string[]): IntegrationConsumer {
    const consumer = new KafkaGroupConsumer(
      this.kafka.consumer({
        groupId,
        sessionTimeout: this.options.sessionTimeoutMs,
        rebalanceTimeout: this.options.sessionTimeoutMs,
        heartbeatInterval: Math.max(500, Math.floor(this.options.sessionTimeoutMs / 10)),
        retry: { retries: this.options.retries },
        allowAutoTopicCreation: true,
      }),
      topics,
      () => this.open.delete(consumer),
    );
    this.open.add(consumer);
    return consumer;
  }

  async close(): Promise<void> {
    await Promise.all([...this.open].map((client) => client.close()));
  }
}

/**
 * The producer settings: `acks: -1` is given per send. Idempotent with one request in flight (kafkajs
 * supports no more with idempotence), so a retried request can neither duplicate nor reorder; retries
 * bounded, where kafkajs's idempotent default is unbounded and a stuck broker would stall the gateway for
 * good. Without a known controller (the mock) idempotence is off; one request in flight keeps the order.
 */
export function producerConfig(retries: number, idempotent: boolean): ProducerConfig {
  return {
    idempotent,
    maxInFlightRequests: 1,
    retry: { retries },
    createPartitioner: Partitioners.DefaultPartitioner,
    allowAutoTopicCreation: true,
  };
}

class KafkaPublisher implements IntegrationPublisher {
  private producer?: Promise<Producer>;

  constructor(private readonly createProducer: () => Promise<Producer>, private readonly forget: () => void) {}

  async publish(messages: readonly IntegrationMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const producer = await this.connected();
    const byTopic = new Map<string, IntegrationMessage[]>();
    for (const message of messages) byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    await producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map(({ key, headers, value }) => ({ key, headers, value })),
      })),
    });
  }

  async close(): Promise<void> {
    this.forget();
    const producer = await this.producer?.catch(() => undefined);
    await producer?.disconnect();
  }

  /** Connects on first use; a failed connection is tried again on the next publish. */
  private connected(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = await this.createProducer();
      await producer.connect();
      return producer;
    })().catch((error: unknown) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }
}

class KafkaGroupConsumer implements IntegrationConsumer {
  private running = false;
  private inHand?: Promise<boolean>;
  private readonly failures = new Map<string, number>();
  private readonly logger = new Logger('KafkaGroupConsumer');

  constructor(private readonly consumer: Consumer, private readonly topics: readonly string[], private readonly forget: () => void) {}

  async start(handler: (message: ReceivedMessage) => Promise<void>): Promise<void> {
    if (this.running) throw new Error('the consumer is already started');
    this.running = true;
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const { topic, partition } = batch;
        for (const message of batch.messages) {
          if (!this.running || !isRunning() || isStale()) return;
          const outcome = this.process(handler, topic, partition, message);
          this.inHand = outcome;
          if (!(await outcome)) return;
          resolveOffset(message.offset);
          await heartbeat();
        }
      },
    });
  }

  /** Stops after the message in hand is processed and its offset committed, then leaves the group. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    await this.inHand;
    await this.consumer.disconnect();
  }

  /**
   * Runs the handler on one message: resolved, its offset is committed (true); rejected, the partition
   * is sought back to it and read again after a pause (false): what follows waits, in order.
   */
  private async process(handler: (message: ReceivedMessage) => Promise<void>, topic: string, partition: number, message: KafkaMessage): Promise<boolean> {
    const key = `${topic}/${partition}`;
    try {
      await handler(received(topic, partition, message));
    } catch (error) {
      const failures = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, failures);
      // The error's class only: its message may quote the message's data.
      this.logger.warn(`handler rejected ${key} offset ${message.offset} (${error instanceof Error ? error.name : typeof error}, attempt ${failures}); it is read again`);
      this.consumer.seek({ topic, partition, offset: message.offset });
      await sleep(REDELIVERY_BACKOFF_MS[Math.min(failures, REDELIVERY_BACKOFF_MS.length) - 1]);
      return false;
    }
    this.failures.delete(key);
    await this.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
    return true;
  }

  async close(): Promise<void> {
    this.forget();
    await this.stop();
  }
}

function received(topic: string, partition: number, message: KafkaMessage): ReceivedMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString('utf8') ?? '',
    headers: headersAsText(message.headers),
    value: message.value?.toString('utf8') ?? '',
  };
}

function headersAsText(headers: IHeaders | undefined): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) text[name] = first.toString();
  }
  return text;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** kafkajs logs through Nest's logger (JSON in production), without message contents. */
function kafkaLogToNest(): (entry: LogEntry) => void {
  return ({ namespace, level, log }) => {
    const logger = new Logger(`kafkajs${namespace ? `:${namespace}` : ''}`);
    const { message, error } = log as { message: string; error?: string };
    const text = error ? `${message}: ${error}` : message;
    if (level === logLevel.ERROR || level === logLevel.NOTHING) logger.error(text);
    else if (level === logLevel.WARN) logger.warn(text);
    else logger.log(text);
  };
}
