import { Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import { messageContractFor, toKafkaRecord, type IntegrationMessage } from '@kravspar/contracts';
import type { EventFilter, EventStore, RecordedEvent } from '@kravspar/event-store';
import type { IntegrationPublisher } from '@kravspar/messaging';
import { advanceCheckpoint, lockCheckpoint } from '@kravspar/read-store';
import { commitmentMessages } from './commitment.messages';
import { contractMessages } from './contract.messages';
import type { StreamMessages } from './gateway-event';
import { procurementMessages } from './procurement.messages';
import { referralMessages } from './referral.messages';
import { StreamStates } from './stream-states';

/** The gateway's checkpoint (in `projection_checkpoints`, beside the projections'). */
export const GATEWAY_CHECKPOINT = 'kafka-gateway.v1';

const STREAMS = [procurementMessages, contractMessages, commitmentMessages, referralMessages] as unknown as readonly StreamMessages<unknown>[];

/** Only events that can map to a message are read; the checkpoint passes over the rest. */
export const GATEWAY_FILTER: EventFilter = {
  streamPrefixes: STREAMS.map((stream) => `${stream.category}-`),
  eventTypes: [...new Set(STREAMS.flatMap((stream) => stream.eventTypes))],
};

export interface GatewayOptions {
  readonly batchSize?: number;
  /** How long to wait for new events when caught up, ms. */
  readonly idlePollMs?: number;
  readonly onPublished?: (checkpoint: number, messages: number, lastRecordedAt?: string) => void;
  readonly onFailed?: (error: unknown) => void;
}

const RETRY_BACKOFF_MS = [200, 1000, 5000];

/**
 * The Kafka gateway (architecture §6): maps the log's events to public messages and publishes them in
 * batches, at least once. One batch is one transaction on the checkpoint row: lock the checkpoint, read
 * up to `batchSize` events after it, publish their messages, and only once the publisher resolved (every
 * message acknowledged) advance the checkpoint and commit. A crash or failure anywhere before the commit
 * leaves the checkpoint where it was, so the batch is sent again — the only messages that can repeat; the
 * lock keeps a second projector process from sending the same batch concurrently.
 */
export class IntegrationGateway {
  private readonly logger = new Logger('IntegrationGateway');
  private readonly batchSize: number;
  private readonly idlePollMs: number;
  private stopped = true;
  private running?: Promise<void>;
  private wake?: () => void;
  private checkpoint = 0;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly publisher: IntegrationPublisher,
    private readonly options: GatewayOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 200;
    this.idlePollMs = options.idlePollMs ?? 200;
  }

  /** Starts publishing from the checkpoint; returns at once. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.running = this.run();
  }

  /** Stops after the batch in hand is published and checkpointed (or rolled back). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  /** The global position the gateway has published up to (its checkpoint, as last committed). */
  position(): number {
    return this.checkpoint;
  }

  /** Publishes the next batch; returns how many events it read (0 when caught up). */
  async publishNextBatch(): Promise<number> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const checkpoint = await lockCheckpoint(client, GATEWAY_CHECKPOINT);
      const head = await this.store.headPosition();
      const events = await this.store.readAll({ after: checkpoint, maxCount: this.batchSize, filter: GATEWAY_FILTER });
      const messages = await this.messagesOf(events);
      await this.publisher.publish(messages);
      const last = events.at(-1);
      // A batch that is not full read everything stored before `head`: the checkpoint may pass over it all.
      const reached = Math.max(checkpoint, last?.position ?? 0, events.length < this.batchSize ? head : 0);
      if (reached > checkpoint) await advanceCheckpoint(client, GATEWAY_CHECKPOINT, reached);
      await client.query('COMMIT');
      this.checkpoint = reached;
      if (events.length > 0) this.options.onPublished?.(reached, messages.length, last?.metadata.recordedAt);
      return events.length;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  private async messagesOf(events: readonly RecordedEvent[]): Promise<IntegrationMessage[]> {
    const states = new StreamStates(this.store);
    const messages: IntegrationMessage[] = [];
    for (const event of events) {
      const stream = STREAMS.find((candidate) => event.streamId.startsWith(`${candidate.category}-`));
      if (!stream || !stream.eventTypes.includes(event.type)) continue;
      const message = stream.message(event, await states.after(event, stream));
      if (message) messages.push(toKafkaRecord(message, topicOf(message.type)));
    }
    return messages;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        // A cheap look first: when nothing was stored since the checkpoint, no transaction is opened.
        const read = (await this.store.headPosition()) > this.checkpoint ? await this.publishNextBatch() : 0;
        failures = 0;
        if (read < this.batchSize) await this.pause(this.idlePollMs);
      } catch (error) {
        this.options.onFailed?.(error);
        const { name, code } = error as { name?: string; code?: unknown };
        // Names the error only: messages may quote event data.
        this.logger.error(`publishing after position ${this.checkpoint} failed (${name ?? typeof error}${typeof code === 'string' ? ` ${code}` : ''}); the batch is sent again`);
        await this.pause(RETRY_BACKOFF_MS[Math.min(failures++, RETRY_BACKOFF_MS.length - 1)]);
      }
    }
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** The topic of a message type, as its contract names it. */
function topicOf(type: string): string {
  const contract = messageContractFor(type);
  if (!contract) throw new Error(`no contract for message type ${type}`);
  return contract.topic;
}
