import type { FirstPlacementFact } from './first-placement-clock';
import type { Recipient } from './recipients';

/** A notification a rule raises, before it is given an id and a time. */
export interface NotificationDraft {
  /** Names the rule (stable: it is part of the notification's id and published with it). */
  readonly rule: string;
  readonly recipient: Recipient;
  /** The aggregate it is about (procurement, contract, commitment or referral id). */
  readonly subject: string;
  readonly title: string;
  readonly body?: string;
}

/** A notifier timer to arm (or move, while it has not fired). */
export interface TimerToSet {
  readonly key: string;
  readonly kind: string;
  readonly dueAt: Date;
  /** What the timer's rule needs when it fires; plain JSON. */
  readonly payload: Record<string, unknown>;
}

/**
 * What a message leads to: notifications, timers to arm, timers to cancel (by key), and facts the notifier
 * keeps because a later message completes them (the first placement's due date needs the commitment and the
 * contract start, which travel on two topics in either order).
 */
export interface RuleOutcome {
  readonly notifications: readonly NotificationDraft[];
  readonly setTimers: readonly TimerToSet[];
  readonly cancelTimers: readonly string[];
  readonly facts: readonly FirstPlacementFact[];
}

export const NOTHING: RuleOutcome = { notifications: [], setTimers: [], cancelTimers: [], facts: [] };

/** An outcome of notifications only. */
export const notify = (...notifications: NotificationDraft[]): RuleOutcome => ({ ...NOTHING, notifications });

/** One notification per recipient, the same otherwise. */
export function toEach(recipients: readonly Recipient[], draft: Omit<NotificationDraft, 'recipient'>): NotificationDraft[] {
  return recipients.map((recipient) => ({ ...draft, recipient }));
}
