import type {
  IntegrationBus, IntegrationConsumer, IntegrationMessage, IntegrationPublisher, ReceivedMessage,
} from '../integration-bus.port';

type Handler = (message: ReceivedMessage) => Promise<void>;

interface Group {
  readonly topics: ReadonlySet<string>;
  readonly handler: Handler;
}

export interface InProcessBusOptions {
  /** Attempts per message and group before `publish` rejects (a rejected handler is retried). */
  readonly maxAttempts?: number;
  /** Pause between attempts, in ms. */
  readonly retryDelayMs?: number;
}

/**
 * The integration bus of one process, for the all-in-one without Kafka (architecture §6). `publish`
 * hands each message, in order, to every started group subscribed to its topic and resolves only when
 * every group processed every message: the gateway then advances its checkpoint, so a crash re-sends
 * what was not processed. A rejecting handler is retried `maxAttempts` times, then `publish` rejects
 * (the gateway retries the batch later). Nothing is stored: a topic without a started group drops the
 * message, so consumers must start before the gateway publishes (Nest: subscribe in `onModuleInit`,
 * the gateway starts in `onApplicationBootstrap`) and stop after it (`onApplicationShutdown`).
 * Offsets count per topic (one partition, 0).
 */
export class InProcessIntegrationBus implements IntegrationBus {
  readonly kind = 'in-process';
  private readonly groups = new Map<string, Group>();
  private readonly offsets = new Map<string, bigint>();
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;

  constructor(options: InProcessBusOptions = {}) {
    this.maxAttempts = options.maxAttempts ?? 5;
    this.retryDelayMs = options.retryDelayMs ?? 200;
  }

  publisher(): IntegrationPublisher {
    return { publish: (messages) => this.publish(messages), close: async () => undefined };
  }

  consumer(groupId: string, topics: readonly string[]): IntegrationConsumer {
    return {
      start: async (handler) => {
        if (this.groups.has(groupId)) throw new Error(`consumer group ${groupId} is already started on the in-process bus`);
        this.groups.set(groupId, { topics: new Set(topics), handler });
      },
      stop: async () => {
        this.groups.delete(groupId);
      },
    };
  }

  async close(): Promise<void> {
    this.groups.clear();
  }

  private async publish(messages: readonly IntegrationMessage[]): Promise<void> {
    for (const message of messages) {
      const received: ReceivedMessage = { ...message, partition: 0, offset: this.nextOffset(message.topic) };
      for (const [groupId, group] of this.groups) {
        if (group.topics.has(message.topic)) await this.deliver(groupId, group, received);
      }
    }
  }

  private async deliver(groupId: string, group: Group, message: ReceivedMessage): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await group.handler(message);
        return;
      } catch (error) {
        if (attempt >= this.maxAttempts) {
          throw new Error(`consumer group ${groupId} failed ${attempt} times on ${message.topic} offset ${message.offset}`, { cause: error });
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs));
      }
    }
  }

  private nextOffset(topic: string): string {
    const offset = this.offsets.get(topic) ?? 0n;
    this.offsets.set(topic, offset + 1n);
    return offset.toString();
  }
}
