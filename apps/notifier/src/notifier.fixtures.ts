import type { Pool } from 'pg';
import { ManualClock, TimerPoller, TimerStore, timerMigrations } from '@kravspar/clock';
import { toKafkaRecord, type IntegrationMessage, type MessageContract } from '@kravspar/contracts';
import type { IntegrationBus } from '@kravspar/messaging';
import { runMigrations } from '@kravspar/postgres';
import { notificationMigrations } from '@kravspar/read-store';
import { MessageIntake, type MessageIntakeOptions } from './intake/message-intake';
import { notifierMigrations } from './notifier.migrations';
import { NotificationOutbox } from './outbox/notification-outbox';
import { messageOf } from './rules/rules.fixtures';
import { timerNotificationHandlers } from './timers/timer-notifications';

// Test support: the notifier's parts on a test database and a bus, without Nest.

export async function migrateNotifierTables(pool: Pool): Promise<void> {
  await runMigrations(pool, timerMigrations);
  await runMigrations(pool, notificationMigrations);
  await runMigrations(pool, notifierMigrations);
}

export interface NotifierParts {
  readonly clock: ManualClock;
  readonly intake: MessageIntake;
  readonly outbox: NotificationOutbox;
  readonly poller: TimerPoller;
}

/** Intake, outbox (not started) and timer poller over `pool`, publishing on `bus`, on a manual clock. */
export function notifierParts(pool: Pool, bus: IntegrationBus, options: Partial<MessageIntakeOptions> = {}): NotifierParts {
  const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
  const publisher = bus.publisher();
  const outbox = new NotificationOutbox(pool, publisher, clock, { intervalMs: 20, batchSize: 100, onError: () => undefined });
  const intake = new MessageIntake(pool, new TimerStore(pool), clock, publisher, outbox, { maxAttempts: 3, retryDelayMs: 1, ...options });
  const poller = new TimerPoller({ store: new TimerStore(pool), clock, handlers: timerNotificationHandlers(pool, clock, outbox), onError: () => undefined });
  return { clock, intake, outbox, poller };
}

/** The Kafka record of `contract`'s example message (changed by `changes`), as the gateway produces it. */
export function recordOf<T>(contract: MessageContract<T>, changes: Partial<T> = {}): IntegrationMessage {
  const event = messageOf(contract, changes);
  return toKafkaRecord(event, contract.topic);
}

let offset = 0;

/** `record` as a consumer receives it. */
export function received(record: IntegrationMessage): IntegrationMessage & { partition: number; offset: string } {
  offset += 1;
  return { ...record, partition: 0, offset: String(offset) };
}
