import { standstillLastDay } from '../calendar';
import { DomainError, type Instant } from '../kernel';
import type { CorrectRegistration, CorrectRegistrationData } from './contract-commands';
import type { RegistrationCorrected } from './contract-events';
import { CORRECTABLE_FIELDS, isTimeField } from './correctable-fields';
import { assertNotBefore, assertNotInFuture, requireStatus } from './guards';
import type { Correction } from './records';
import { effectiveStandstillLastDay, isDirectAward } from './standstill';
import type { CancellableProcurement, ProcurementState } from './state';
import { isOneOf, NOTIFICATION_CHANNELS } from './vocabulary';

const CORRECTABLE_STAGES = [
  'Planning',
  'Published',
  'BidsOpened',
  'Evaluating',
  'AwardDecided',
  'Standstill',
  'ReadyToContract',
] as const satisfies readonly CancellableProcurement['status'][];

function sameCorrection(recorded: Correction, data: CorrectRegistrationData): boolean {
  return (
    recorded.revision === data.revision &&
    recorded.field === data.field &&
    recorded.reason === data.reason &&
    JSON.stringify(recorded.correctedValue) === JSON.stringify(data.correctedValue)
  );
}

/**
 * The standstill's last day as corrected, when the correction changes a time P7–P9 count from: the
 * current notification's `sentAt` or `channel`, or the decision date of a rejected review filed during
 * the standstill. Undefined when the correction leaves the standstill as it was.
 */
function correctedStandstill(state: CancellableProcurement, revision: number, field: string, value: unknown): string | null | undefined {
  if (state.status !== 'Standstill' && state.status !== 'ReadyToContract') return undefined;
  const { notification, reviews } = state;
  if (notification.revision === revision) {
    const sentAt = field === 'sentAt' ? (value as Instant) : notification.sentAt;
    const channel = field === 'channel' ? value : notification.channel;
    if (!isOneOf(NOTIFICATION_CHANNELS, channel)) {
      throw new DomainError('P7', `channel '${String(channel)}' is not one of ${NOTIFICATION_CHANNELS.join(', ')}.`);
    }
    assertNotBefore('sentAt', sentAt, 'the award decision, decided at', state.award.decidedAt);
    if (isDirectAward(state)) return null;
    return effectiveStandstillLastDay(standstillLastDay(sentAt, channel), reviews);
  }
  const review = Object.values(reviews).find((candidate) => candidate.decision?.revision === revision);
  if (review?.decision === undefined || review.decision.outcome !== 'rejected' || !review.duringStandstill) return undefined;
  assertNotBefore('decidedAt', value as Instant, 'the application, filed at', review.filedAt);
  const corrected = { ...review, decision: { ...review.decision, decidedAt: value as Instant } };
  const notice = standstillLastDay(notification.sentAt, notification.channel);
  return effectiveStandstillLastDay(notice, { ...reviews, [review.caseNo]: corrected });
}

/**
 * Corrects an act registered with a wrong time or value by a new event that refers to its revision; the
 * original is never edited. The state keeps the facts as registered, with one exception: a correction of
 * the times the standstill is counted from (the notification, a review decision) moves the standstill,
 * so that P9 judges a signing by the real dates. Other corrections are for the record and the timeline:
 * the acts that followed were decided on the registered values and are not re-decided.
 */
export function correctRegistration(command: CorrectRegistration, state: ProcurementState): RegistrationCorrected[] {
  const { revision, field, correctedValue, reason } = command.data;
  if (state.status !== 'Absent' && state.corrections.some((recorded) => sameCorrection(recorded, command.data))) return [];
  requireStatus(state, command, CORRECTABLE_STAGES);
  const eventType = Number.isInteger(revision) ? state.eventTypes[revision] : undefined;
  if (eventType === undefined) throw new DomainError('STATE', `There is no revision ${revision} to correct.`);
  if (!CORRECTABLE_FIELDS[eventType].includes(field)) {
    throw new DomainError('STATE', `${eventType} at revision ${revision} has no correctable field '${field}'.`);
  }
  const time = isTimeField(field);
  if (time) assertNotInFuture(field, correctedValue as Instant, command.metadata.now);
  const lastDay = correctedStandstill(state, revision, field, correctedValue);
  const ruleRefs = [...(time ? ['T1'] : []), ...(lastDay === undefined ? [] : eventType === 'ReviewDecided' ? ['P8'] : ['P7'])];
  return [
    {
      type: 'RegistrationCorrected',
      data: { revision, eventType, field, correctedValue, reason, ...(lastDay === undefined ? {} : { standstillLastDay: lastDay }) },
      metadata: ruleRefs.length > 0 ? { occurredAt: command.metadata.now, ruleRefs } : { occurredAt: command.metadata.now },
    },
  ];
}

/** Applies a correction that moved the standstill to the notification or review decision it corrects. */
function moveStandstill(
  state: ProcurementState,
  correction: RegistrationCorrected['data'],
  lastDay: string | null,
): ProcurementState {
  if (state.status !== 'Standstill' && state.status !== 'ReadyToContract') return state;
  const { revision, field, correctedValue } = correction;
  const { notification } = state;
  let moved = state;
  if (notification.revision === revision) {
    const sentAt = field === 'sentAt' ? (correctedValue as Instant) : notification.sentAt;
    const channel = field === 'channel' ? (correctedValue as typeof notification.channel) : notification.channel;
    // P5 counts from the first notification; follow the correction when this was the first one.
    const firstSentAt = state.awardNotificationSentAt === notification.sentAt ? sentAt : state.awardNotificationSentAt;
    moved = { ...state, notification: { ...notification, sentAt, channel }, awardNotificationSentAt: firstSentAt };
  } else {
    const review = Object.values(state.reviews).find((candidate) => candidate.decision?.revision === revision);
    if (review?.decision === undefined) return state;
    const decision = { ...review.decision, decidedAt: correctedValue as Instant };
    moved = { ...state, reviews: { ...state.reviews, [review.caseNo]: { ...review, decision } } };
  }
  if (moved.status === 'Standstill') return { ...moved, standstillLastDay: lastDay ?? moved.standstillLastDay };
  return { ...moved, standstillLastDay: lastDay };
}

export function evolveRegistrationCorrected(state: ProcurementState, event: RegistrationCorrected): ProcurementState {
  if (state.status === 'Absent') return state;
  const { standstillLastDay: lastDay, ...correction } = event.data;
  const corrected = { ...state, corrections: [...state.corrections, correction] };
  return lastDay === undefined ? corrected : moveStandstill(corrected, event.data, lastDay);
}
