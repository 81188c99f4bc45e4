import { Inject, Injectable } from '@nestjs/common';
import { Counter, type Registry } from 'prom-client';
import { APP_NAME, METRICS_REGISTRY } from '@kravspar/http';

const MESSAGES = 'kravspar_notifier_messages_total';
const PUBLISHED = 'kravspar_notifications_published_total';

/** The notifier's counters on /metrics; reused when all-in-one's apps share the registry. */
@Injectable()
export class NotifierMetrics {
  private readonly messages: Counter<'app' | 'outcome'>;
  private readonly published: Counter<'app'>;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(APP_NAME) private readonly app: string,
  ) {
    const registers = [registry];
    this.messages =
      (registry.getSingleMetric(MESSAGES) as Counter<'app' | 'outcome'> | undefined) ??
      new Counter({ name: MESSAGES, help: 'Integration messages handled: new, duplicate (already in the inbox) or parked (dead-letter topic)', labelNames: ['app', 'outcome'], registers });
    this.published =
      (registry.getSingleMetric(PUBLISHED) as Counter<'app'> | undefined) ??
      new Counter({ name: PUBLISHED, help: 'Notifications published to the notifications topic', labelNames: ['app'], registers });
  }

  handled(outcome: 'new' | 'duplicate' | 'parked'): void {
    this.messages.inc({ app: this.app, outcome });
  }

  publishedNotifications(count: number): void {
    this.published.inc({ app: this.app }, count);
  }
}
