import { standstillLastDay } from '../calendar';
import { DomainError } from '../kernel';
import type { SendAwardNotification } from './award-commands';
import type { AwardNotificationSent } from './award-events';
import type { ProcurementDetails } from './commands';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { Review } from './records';
import { effectiveStandstillLastDay, isDirectAward } from './standstill';
import type { ProcurementState } from './state';
import { isOneOf, NOTIFICATION_CHANNELS, type NotificationChannel } from './vocabulary';

/**
 * P7 (and P8 for reviews filed before the notification): the last standstill day of a notification sent
 * at `sentAt`; null for a direct award (P9).
 */
export function notificationLastDay(
  details: Pick<ProcurementDetails, 'procedure' | 'regime'>,
  sentAt: string,
  channel: NotificationChannel,
  reviews: Readonly<Record<string, Review>>,
): string | null {
  if (isDirectAward(details)) return null;
  return effectiveStandstillLastDay(standstillLastDay(sentAt, channel), reviews);
}

/**
 * The award notification (tilldelningsbeslut) to all tenderers starts the standstill; from here bids are
 * no longer secret (P5, applied by the read side from `awardNotificationSentAt`).
 */
export function sendAwardNotification(command: SendAwardNotification, state: ProcurementState): AwardNotificationSent[] {
  const { sentAt, channel } = command.data;
  const sent = 'notification' in state ? state.notification : undefined;
  if (sent !== undefined && sameInstant(sent.sentAt, sentAt) && sent.channel === channel) return [];
  requireStatus(state, command, ['AwardDecided']);
  assertNotInFuture('sentAt', sentAt, command.metadata.now);
  assertNotBefore('sentAt', sentAt, 'the award decision, decided at', state.award.decidedAt);
  if (!isOneOf(NOTIFICATION_CHANNELS, channel)) {
    throw new DomainError('P7', `channel '${String(channel)}' is not one of ${NOTIFICATION_CHANNELS.join(', ')}.`);
  }
  const direct = isDirectAward(state);
  return [
    {
      type: 'AwardNotificationSent',
      data: { sentAt, channel, standstillLastDay: notificationLastDay(state, sentAt, channel, state.reviews) },
      metadata: { occurredAt: sentAt, ruleRefs: direct ? ['P7', 'T1', 'P9'] : ['P7', 'T1'] },
    },
  ];
}

export function evolveAwardNotificationSent(state: ProcurementState, event: AwardNotificationSent): ProcurementState {
  if (state.status !== 'AwardDecided') return state;
  const { sentAt, channel, standstillLastDay: lastDay } = event.data;
  const notified = {
    ...state,
    notification: { sentAt, channel, revision: state.eventTypes.length },
    awardNotificationSentAt: state.awardNotificationSentAt ?? sentAt,
  };
  return lastDay === null
    ? { ...notified, status: 'ReadyToContract', standstillLastDay: null }
    : { ...notified, status: 'Standstill', standstillLastDay: lastDay };
}
