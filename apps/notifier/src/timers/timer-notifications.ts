import type { Pool } from 'pg';
import type { Clock, TimerHandler } from '@kravspar/clock';
import { insertNotifications } from '@kravspar/read-store';
import { toStoredNotifications } from '../intake/record-outcome';
import { timerRules } from '../rules/notifier-timers';

/**
 * A handler per notifier timer kind: store what the kind's rule raises, with the timer's key as source, and
 * wake the outbox. A timer fired again after a crash derives the same notification ids, which are stored
 * once, so the poller's at-least-once firing notifies once.
 */
export function timerNotificationHandlers(pool: Pool, clock: Clock, outbox: { wake(): void }): Record<string, TimerHandler> {
  return Object.fromEntries(
    Object.entries(timerRules).map(([kind, rule]): [string, TimerHandler] => [
      kind,
      async (timer) => {
        const notifications = toStoredNotifications(timer.key, rule(timer.payload), await clock.now());
        if ((await insertNotifications(pool, notifications)) > 0) outbox.wake();
      },
    ]),
  );
}
