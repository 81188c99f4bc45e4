import { addDays, startOfStockholmDay } from './stockholm-day';
import { buyerUnit, contractOwner, labourMarketUnit, procurementSupport } from './recipients';
import { toEach, type NotificationDraft, type TimerToSet } from './rule-outcome';

/**
 * The notifier's own durable timers (domain.md §5): rows in the shared `timers` table with kinds and keys of
 * their own, so the projector's poller never claims them. Each timer carries in its payload what its
 * notification needs: when it fires, no message is at hand.
 */
export const NOTIFIER_TIMER_KINDS = {
  standstillEndsTomorrow: 'notifier.standstill-ends-tomorrow',
  awardNoticeOverdue: 'notifier.award-notice-not-published',
  firstPlacementDueSoon: 'notifier.first-placement-due-soon',
} as const;

/** Days after the signing at which an unpublished award notice is flagged (P11 allows 30). */
export const AWARD_NOTICE_ALERT_DAYS = 25;
/** How long before the first placement's due date the contract owner and matching unit are told. */
export const FIRST_PLACEMENT_WARNING_DAYS = 14;

const DAY_MS = 86_400_000;

export interface StandstillTimerPayload extends Record<string, unknown> {
  procurementId: string;
  buyerUnitId: string;
  standstillLastDay: string;
}

export interface AwardNoticeTimerPayload extends Record<string, unknown> {
  procurementId: string;
  contractId: string;
  buyerUnitId: string;
  signedAt: string;
}

export interface FirstPlacementTimerPayload extends Record<string, unknown> {
  commitmentId: string;
  contractId: string;
  buyerUnitId: string;
  matchingUnitId: string | null;
  dueDate: string;
}

export const standstillTimerKey = (procurementId: string): string => `notifier:standstill-ends-tomorrow:${procurementId}`;
export const awardNoticeTimerKey = (procurementId: string): string => `notifier:award-notice-not-published:${procurementId}`;
export const firstPlacementTimerKey = (commitmentId: string): string => `notifier:first-placement-due-soon:${commitmentId}`;

/** Fires when the last standstill day begins (Stockholm): the standstill ends tomorrow. */
export function standstillEndsTomorrowTimer(payload: StandstillTimerPayload): TimerToSet {
  return {
    key: standstillTimerKey(payload.procurementId),
    kind: NOTIFIER_TIMER_KINDS.standstillEndsTomorrow,
    dueAt: startOfStockholmDay(payload.standstillLastDay),
    payload,
  };
}

/** Fires 25 days (of 24 hours) after the signing; cancelled when the award notice is published. */
export function awardNoticeTimer(payload: AwardNoticeTimerPayload): TimerToSet {
  return {
    key: awardNoticeTimerKey(payload.procurementId),
    kind: NOTIFIER_TIMER_KINDS.awardNoticeOverdue,
    dueAt: new Date(Date.parse(payload.signedAt) + AWARD_NOTICE_ALERT_DAYS * DAY_MS),
    payload,
  };
}

/** Fires when the Stockholm day 14 days before the first placement's due date begins; cancelled by a start. */
export function firstPlacementDueSoonTimer(payload: FirstPlacementTimerPayload): TimerToSet {
  return {
    key: firstPlacementTimerKey(payload.commitmentId),
    kind: NOTIFIER_TIMER_KINDS.firstPlacementDueSoon,
    dueAt: startOfStockholmDay(addDays(payload.dueDate, -FIRST_PLACEMENT_WARNING_DAYS)),
    payload,
  };
}

/** The notifications a fired notifier timer raises, by kind. */
export const timerRules: Readonly<Record<string, (payload: unknown) => NotificationDraft[]>> = {
  [NOTIFIER_TIMER_KINDS.standstillEndsTomorrow]: (payload) => {
    const { procurementId, buyerUnitId, standstillLastDay } = payload as StandstillTimerPayload;
    return [
      {
        rule: 'standstill-ends-tomorrow',
        recipient: buyerUnit(buyerUnitId),
        subject: procurementId,
        title: 'The standstill ends tomorrow',
        body: `The last standstill day is ${standstillLastDay}; unless a review holds it, the contract may be signed from ${addDays(standstillLastDay, 1)} (LOU 20:1).`,
      },
    ];
  },
  [NOTIFIER_TIMER_KINDS.awardNoticeOverdue]: (payload) => {
    const { procurementId, signedAt } = payload as AwardNoticeTimerPayload;
    return [
      {
        rule: 'award-notice-not-published',
        recipient: procurementSupport(),
        subject: procurementId,
        title: `The contract award notice is not published ${AWARD_NOTICE_ALERT_DAYS} days after signing`,
        body: `Signed ${signedAt}; the notice is due within 30 days of the signing (LOU 22:1).`,
      },
    ];
  },
  [NOTIFIER_TIMER_KINDS.firstPlacementDueSoon]: (payload) => {
    const { commitmentId, buyerUnitId, matchingUnitId, dueDate } = payload as FirstPlacementTimerPayload;
    return toEach([contractOwner(buyerUnitId), ...(matchingUnitId ? [labourMarketUnit(matchingUnitId)] : [])], {
      rule: 'first-placement-due-soon',
      subject: commitmentId,
      title: `The first placement is due in ${FIRST_PLACEMENT_WARNING_DAYS} days and none has started`,
      body: `The first placement must start by ${dueDate} (S6).`,
    });
  },
};
