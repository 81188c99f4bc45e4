import type { Pool } from 'pg';
import type { TimerStore } from '@kravspar/clock';
import { insertNotifications, recordInboxEntry, type InboxEntry, type StoredNotification } from '@kravspar/read-store';
import { firstPlacementTimerFor } from '../rules/first-placement-clock';
import type { NotificationDraft, RuleOutcome } from '../rules/rule-outcome';
import { recordFirstPlacementFact } from './first-placement-clocks';
import { inTransaction } from '../in-transaction';
import { notificationId } from './notification-ids';

/** The notifications of `drafts`, raised from `sourceId` at `createdAt`. */
export function toStoredNotifications(sourceId: string, drafts: readonly NotificationDraft[], createdAt: Date): StoredNotification[] {
  return drafts.map((draft) => ({
    notificationId: notificationId(sourceId, draft.rule, draft.recipient),
    sourceId,
    rule: draft.rule,
    recipient: draft.recipient,
    subject: draft.subject,
    title: draft.title,
    ...(draft.body !== undefined && { body: draft.body }),
    createdAt: createdAt.toISOString(),
  }));
}

/**
 * Writes what a message led to — its inbox row, its notifications, its facts, the timers it arms and
 * cancels — in one transaction. A message already in the inbox changes nothing: returns false.
 */
export async function recordMessageOutcome(pool: Pool, timers: TimerStore, entry: InboxEntry, outcome: RuleOutcome): Promise<boolean> {
  return inTransaction(pool, async (client) => {
    const notifications = toStoredNotifications(entry.messageId, outcome.notifications, entry.receivedAt);
    if (!(await recordInboxEntry(client, entry, notifications.length))) return false;
    await insertNotifications(client, notifications);
    for (const key of outcome.cancelTimers) await timers.cancel(key, client);
    const completed = [];
    for (const fact of outcome.facts) completed.push(...(await recordFirstPlacementFact(client, fact)));
    const fromFacts = completed.map(firstPlacementTimerFor).filter((timer) => timer !== undefined);
    for (const timer of [...outcome.setTimers, ...fromFacts]) await timers.schedule(timer, client);
    return true;
  });
}
