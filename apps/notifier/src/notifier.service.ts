import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, TimerPoller, TimerStore, timerMigrations, type Clock } from '@kravspar/clock';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { INTEGRATION_TOPICS } from '@kravspar/contracts';
import { INTEGRATION_BUS, type IntegrationBus, type IntegrationConsumer, type IntegrationPublisher } from '@kravspar/messaging';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { notificationMigrations } from '@kravspar/read-store';
import { MessageIntake } from './intake/message-intake';
import { NotifierMetrics } from './notifier-metrics';
import { notifierMigrations } from './notifier.migrations';
import { NotificationOutbox } from './outbox/notification-outbox';
import { timerNotificationHandlers } from './timers/timer-notifications';

/** Most notifications one outbox pass publishes. */
export const OUTBOX_BATCH = 200;

/**
 * The notifier at work (architecture §6): a consumer group over the integration topics feeding the inbox,
 * the timer poller for its own timers, and the outbox that publishes notifications. It starts them after
 * migrating its tables and stops them in reverse: intake first, the outbox last. What is committed and
 * not yet published stays in the table and goes out after the next start.
 */
@Injectable()
export class NotifierService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('notifier');
  private readonly publisher: IntegrationPublisher;
  private readonly consumer: IntegrationConsumer;
  private readonly outbox: NotificationOutbox;
  private readonly intake: MessageIntake;
  private readonly poller: TimerPoller;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) clock: Clock,
    @Inject(INTEGRATION_BUS) bus: IntegrationBus,
    @Inject(SETTINGS) settings: KravsparSettings,
    metrics: NotifierMetrics,
  ) {
    this.publisher = bus.publisher();
    this.consumer = bus.consumer(settings.NOTIFIER_CONSUMER_GROUP, INTEGRATION_TOPICS);
    this.outbox = new NotificationOutbox(pool, this.publisher, clock, {
      intervalMs: settings.NOTIFIER_PUBLISH_INTERVAL_MS,
      batchSize: OUTBOX_BATCH,
      onError: (error) => this.logger.warn(`publishing notifications failed, retrying: ${messageOf(error)}`),
      onPublished: (count) => metrics.publishedNotifications(count),
    });
    this.intake = new MessageIntake(pool, new TimerStore(pool), clock, this.publisher, this.outbox, {
      maxAttempts: settings.NOTIFIER_MAX_ATTEMPTS,
      retryDelayMs: settings.NOTIFIER_RETRY_DELAY_MS,
      onHandled: ({ duplicate }) => metrics.handled(duplicate ? 'duplicate' : 'new'),
      onParked: (received, error) => {
        metrics.handled('parked');
        this.logger.warn(`parked ${received.topic}/${received.partition}@${received.offset} on the dead-letter topic: ${error.message}`);
      },
    });
    this.poller = new TimerPoller({
      store: new TimerStore(pool),
      clock,
      handlers: timerNotificationHandlers(pool, clock, this.outbox),
      onError: (error, timer) => this.logger.warn(`timer ${timer?.key ?? 'poll'} failed, retrying: ${messageOf(error)}`),
    });
  }

  /** Subscribes at module init, before any gateway of the same process publishes on the in-process bus. */
  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, timerMigrations);
    await runMigrations(this.pool, notificationMigrations);
    await runMigrations(this.pool, notifierMigrations);
    this.outbox.start();
    await this.consumer.start(this.intake.handle);
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.consumer.stop();
    await this.poller.stop();
    await this.outbox.stop();
    await this.publisher.close();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
