import type { Pool } from 'pg';
import type { Clock } from '@kravspar/clock';
import type { IntegrationPublisher } from '@kravspar/messaging';
import { claimUnpublishedNotifications, markNotificationsPublished } from '@kravspar/read-store';
import { inTransaction } from '../in-transaction';
import { toNotificationMessage } from './notification-message';

export interface NotificationOutboxOptions {
  /** Pause between passes that found less than a full batch; `wake()` cuts it short. */
  readonly intervalMs: number;
  /** Most notifications published per pass. */
  readonly batchSize: number;
  /** Told of a failed pass (nothing was marked; the same rows are published on a later pass). */
  readonly onError: (error: unknown) => void;
  /** Told how many were published by each pass that published some. */
  readonly onPublished?: (count: number) => void;
}

/**
 * Publishes stored notifications to the notifications topic and marks them published, so that a crash
 * between the notifier's commit and the publish only delays them: the rows stay unpublished and the next
 * pass (in this process or another) sends them. A pass locks its rows (`SKIP LOCKED`) while it publishes,
 * so two notifiers do not send the same row at once; a crash after the topic acknowledged and before the
 * mark sends it again (at least once — consumers dedupe by `notificationId`, the CloudEvents id).
 */
export class NotificationOutbox {
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wakeUp: (() => void) | undefined;
  private woken = false;

  constructor(
    private readonly pool: Pool,
    private readonly publisher: IntegrationPublisher,
    private readonly clock: Clock,
    private readonly options: NotificationOutboxOptions,
  ) {}

  /** Publishes until `stop()`. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Asks for a pass now: new notifications were committed. */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  /** Finishes the pass in hand and stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  /** One pass: publishes up to a batch of unpublished notifications; returns how many. */
  async publishPending(): Promise<number> {
    const published = await inTransaction(this.pool, async (client) => {
      const pending = await claimUnpublishedNotifications(client, this.options.batchSize);
      if (pending.length === 0) return 0;
      await this.publisher.publish(pending.map(toNotificationMessage));
      await markNotificationsPublished(client, pending.map((n) => n.notificationId), await this.clock.now());
      return pending.length;
    });
    if (published > 0) this.options.onPublished?.(published);
    return published;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      this.woken = false;
      let published = 0;
      let failed = false;
      try {
        published = await this.publishPending();
      } catch (error) {
        failed = true;
        this.options.onError(error);
      }
      // After a failure it always waits, so an unreachable topic is not hammered however often it is woken.
      if (failed || (published < this.options.batchSize && !this.woken)) await this.pause();
    }
  }

  private pause(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timeout = setTimeout(done, this.options.intervalMs);
      function done(): void {
        clearTimeout(timeout);
        resolve();
      }
      this.wakeUp = done;
    });
  }
}
