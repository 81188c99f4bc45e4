import type { Pool } from 'pg';
import type { Clock, TimerStore } from '@kravspar/clock';
import type { IntegrationPublisher, ReceivedMessage } from '@kravspar/messaging';
import { keepDeadLetter, toDeadLetter } from './dead-letter';
import { decodeMessage, PoisonMessageError } from './poison-message';
import { recordMessageOutcome } from './record-outcome';

export interface MessageIntakeOptions {
  /** Attempts at a message before a poison one is parked (and a failing write handed back for redelivery). */
  readonly maxAttempts: number;
  /** Wait before the second attempt; doubled for each further one. */
  readonly retryDelayMs: number;
  /** Told of each message handled: whether it was new, how many notifications it raised. */
  readonly onHandled?: (outcome: { duplicate: boolean; notifications: number }) => void;
  /** Told of each message parked on the dead-letter topic. */
  readonly onParked?: (received: ReceivedMessage, error: PoisonMessageError) => void;
}

/**
 * The notifier's handler of integration messages: read, apply the rules, and write the inbox row, the
 * notifications and the timers in one transaction (so a redelivered message notifies no one twice), then
 * wake the outbox. A failing message is tried `maxAttempts` times; then a poison one is kept in
 * `notifier_dead_letters`, parked on the dead-letter topic, and the flow goes on, while any other failure (the database) is handed back to the
 * consumer, which delivers the message again later: nothing is lost.
 */
export class MessageIntake {
  constructor(
    private readonly pool: Pool,
    private readonly timers: TimerStore,
    private readonly clock: Clock,
    private readonly deadLetters: IntegrationPublisher,
    private readonly outbox: { wake(): void },
    private readonly options: MessageIntakeOptions,
  ) {}

  /** For `IntegrationConsumer.start`: resolves once the message is recorded or parked. */
  readonly handle = async (received: ReceivedMessage): Promise<void> => {
    let failure: unknown;
    for (let attempt = 1; attempt <= this.options.maxAttempts; attempt += 1) {
      try {
        return await this.process(received);
      } catch (error) {
        failure = error;
        if (attempt < this.options.maxAttempts) await sleep(this.options.retryDelayMs * 2 ** (attempt - 1));
      }
    }
    if (!(failure instanceof PoisonMessageError)) throw failure;
    const parkedAt = await this.clock.now();
    await keepDeadLetter(this.pool, received, failure, this.options.maxAttempts, parkedAt);
    await this.deadLetters.publish([toDeadLetter(received, failure, this.options.maxAttempts, parkedAt)]);
    this.options.onParked?.(received, failure);
  };

  private async process(received: ReceivedMessage): Promise<void> {
    const { event, outcome } = decodeMessage(received);
    const entry = {
      messageId: event.id,
      type: event.type,
      subject: event.subject,
      position: event.position,
      topic: received.topic,
      receivedAt: await this.clock.now(),
    };
    const isNew = await recordMessageOutcome(this.pool, this.timers, entry, outcome);
    if (isNew && outcome.notifications.length > 0) this.outbox.wake();
    this.options.onHandled?.({ duplicate: !isNew, notifications: isNew ? outcome.notifications.length : 0 });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
