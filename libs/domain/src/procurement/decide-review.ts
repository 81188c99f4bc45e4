import { standstillLastDay } from '../calendar';
import { DomainError } from '../kernel';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { CourtDecision, Review } from './records';
import type { DecideReview } from './review-commands';
import type { ReviewDecided } from './review-events';
import { REVIEW_STAGES, withReview } from './review-records';
import { effectiveStandstillLastDay } from './standstill';
import type { ProcurementState } from './state';
import { findReview, nextRevision } from './state-queries';
import { isOneOf, REVIEW_OUTCOMES } from './vocabulary';

/**
 * P8: the standstill's last day once `review` is decided — 10 days after the decision for a rejected
 * review filed during the standstill, never earlier than the notification's own last day. Null when the
 * decision bears on no running standstill (filed after it, a direct award, or the award sent back).
 */
function lastDayAfterDecision(state: ProcurementState, decided: Review): string | null {
  if (!decided.duringStandstill || decided.decision?.outcome !== 'rejected') return null;
  if (state.status !== 'AwardDecided' && state.status !== 'Standstill' && state.status !== 'ReadyToContract') return null;
  const reviews = { ...state.reviews, [decided.caseNo]: decided };
  const notice = 'notification' in state ? standstillLastDay(state.notification.sentAt, state.notification.channel) : null;
  return effectiveStandstillLastDay(notice, reviews);
}

/** The court's decision on a review application. */
export function decideReview(command: DecideReview, state: ProcurementState): ReviewDecided[] {
  const { caseNo, at, outcome } = command.data;
  const review = findReview(state, caseNo);
  const recorded = review?.decision;
  if (recorded !== undefined && recorded.outcome === outcome && sameInstant(recorded.decidedAt, at)) return [];
  requireStatus(state, command, REVIEW_STAGES);
  if (review === undefined) throw new DomainError('STATE', `No review case ${caseNo} was filed.`);
  if (recorded !== undefined) throw new DomainError('STATE', `Review case ${caseNo} was already decided (${recorded.outcome}).`);
  assertNotInFuture('at', at, command.metadata.now);
  assertNotBefore('at', at, 'the application, filed at', review.filedAt);
  if (!isOneOf(REVIEW_OUTCOMES, outcome)) {
    throw new DomainError('P8', `outcome '${String(outcome)}' is not one of ${REVIEW_OUTCOMES.join(', ')}.`);
  }
  const decision: CourtDecision = { decidedAt: at, outcome, revision: nextRevision(state) };
  return [
    {
      type: 'ReviewDecided',
      data: { caseNo, decidedAt: at, outcome, standstillLastDay: lastDayAfterDecision(state, { ...review, decision }) },
      metadata: { occurredAt: at, ruleRefs: ['P8', 'T1'] },
    },
  ];
}

/**
 * Correction or redo: the court set the award aside. The procurement goes back to evaluation; the award
 * decision and its notification must be made again, and the new notification starts a new standstill.
 * Reviews stay (a court may still act on them), and bids stay public (P5: `awardNotificationSentAt` is kept).
 */
function sendBackToEvaluation(state: ProcurementState, caseNo: string): ProcurementState {
  switch (state.status) {
    case 'Evaluating':
      return { ...state, reopenedBy: caseNo };
    case 'AwardDecided': {
      const { award: _award, ...kept } = state;
      return { ...kept, status: 'Evaluating', reopenedBy: caseNo };
    }
    case 'Standstill': {
      const { award: _award, notification: _notification, standstillLastDay: _lastDay, ...kept } = state;
      return { ...kept, status: 'Evaluating', reopenedBy: caseNo };
    }
    case 'ReadyToContract': {
      const { award: _award, notification: _notification, standstillLastDay: _lastDay, standstillEndedAt: _ended, ...kept } = state;
      return { ...kept, status: 'Evaluating', reopenedBy: caseNo };
    }
    case 'Absent':
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
    case 'Concluded':
    case 'Cancelled':
      return state;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

export function evolveReviewDecided(state: ProcurementState, event: ReviewDecided): ProcurementState {
  const { caseNo, decidedAt, outcome, standstillLastDay: lastDay } = event.data;
  if (findReview(state, caseNo) === undefined) return state;
  const decision: CourtDecision = { decidedAt, outcome, revision: nextRevision(state) };
  const decided = withReview(state, caseNo, (review) => ({ ...review, decision }));
  if (outcome !== 'rejected') return sendBackToEvaluation(decided, caseNo);
  if (decided.status === 'Standstill' && lastDay !== null) return { ...decided, standstillLastDay: lastDay };
  return decided;
}
