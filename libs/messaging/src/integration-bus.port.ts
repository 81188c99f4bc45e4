import type { IntegrationMessage } from '@kravspar/contracts';

export type { IntegrationMessage } from '@kravspar/contracts';

/** A message as a consumer receives it: where it lies in its topic. */
export interface ReceivedMessage extends IntegrationMessage {
  readonly partition: number;
  readonly offset: string;
}

/** Resolves only once every message is acknowledged (Kafka: acks -1, idempotent producer, bounded retries). */
export interface IntegrationPublisher {
  publish(messages: readonly IntegrationMessage[]): Promise<void>;
  close(): Promise<void>;
}

/** A consumer in a group over topics. The handler's promise resolving = processed; rejecting = redeliver later. */
export interface IntegrationConsumer {
  start(handler: (message: ReceivedMessage) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

export interface IntegrationBus {
  /** `kafka` reaches other processes; `in-process` only the consumers of this process. */
  readonly kind: 'kafka' | 'in-process';
  publisher(): IntegrationPublisher;
  consumer(groupId: string, topics: readonly string[]): IntegrationConsumer;
  /** Closes every publisher and consumer the bus handed out. */
  close(): Promise<void>;
}

/** Injection token of the process's `IntegrationBus`. */
export const INTEGRATION_BUS = Symbol('IntegrationBus');
