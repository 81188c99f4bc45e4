import { lastDayAfter, stockholmDateOf } from '../calendar';
import type { ProcurementDetails } from './commands';
import type { InterimOrder, Review } from './records';
import type { ProcurementState } from './state';
import { reviewsOf } from './state-queries';

/** P8, LOU 20:10: a review filed during the standstill holds it until 10 days after the court decides. */
export const REVIEW_STANDSTILL_DAYS = 10;

/** P9: a direct award (procedure or regime `direct`) has no standstill. */
export function isDirectAward(details: Pick<ProcurementDetails, 'procedure' | 'regime'>): boolean {
  return details.procedure === 'direct' || details.regime === 'direct';
}

export function isInForce(order: InterimOrder): boolean {
  return order.liftedAt === undefined;
}

export function interimOrderInForce(review: Review): InterimOrder | undefined {
  return review.interimOrders.find(isInForce);
}

/** P8: a review filed during the standstill and not yet decided holds it open without end. */
export function isPendingReview(review: Review): boolean {
  return review.duringStandstill && review.decision === undefined;
}

/**
 * P8: the last day a decided review holds the standstill to. Only a rejection leaves the award standing;
 * after a correction the award and its notification are redone, and the new notification starts a new standstill.
 */
export function reviewLastDay(review: Review): string | undefined {
  if (!review.duringStandstill || review.decision?.outcome !== 'rejected') return undefined;
  return lastDayAfter(stockholmDateOf(review.decision.decidedAt), REVIEW_STANDSTILL_DAYS);
}

/** The later of two Stockholm dates (`YYYY-MM-DD` strings sort as dates do); null counts as no date. */
export function laterDay(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/**
 * The standstill's last day: the notification's own (P7), extended by every rejected review filed during
 * it (P8). A review never shortens it: a quick decision on a 15-day standstill leaves the 15 days.
 */
export function effectiveStandstillLastDay(
  noticeLastDay: string | null,
  reviews: Readonly<Record<string, Review>>,
): string | null {
  return Object.values(reviews).reduce<string | null>(
    (last, review) => laterDay(last, reviewLastDay(review) ?? null),
    noticeLastDay,
  );
}

/** The standstill's current last day, or null where none runs (no notification yet, or a direct award). */
export function standstillLastDayOf(state: ProcurementState): string | null {
  switch (state.status) {
    case 'Standstill':
    case 'ReadyToContract':
    case 'Concluded':
      return state.standstillLastDay;
    case 'Cancelled':
      return state.standstillLastDay ?? null;
    case 'Absent':
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
    case 'Evaluating':
    case 'AwardDecided':
      return null;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** What holds signing back on a given Stockholm date; the kind decides which rule a refusal names. */
export interface SigningHold {
  readonly kind: 'standstill' | 'pendingReview' | 'interimOrder';
  readonly detail: string;
}

/** Everything that blocks a signing dated `date` (P7–P9); empty when the contract may be signed. */
export function signingHolds(state: ProcurementState, date: string): SigningHold[] {
  const holds: SigningHold[] = [];
  for (const review of Object.values(reviewsOf(state))) {
    if (isPendingReview(review)) {
      holds.push({ kind: 'pendingReview', detail: `review ${review.caseNo} (${review.court}), filed during the standstill, is undecided` });
    }
    if (interimOrderInForce(review) !== undefined) {
      holds.push({ kind: 'interimOrder', detail: `an interim order in review ${review.caseNo} is in force` });
    }
  }
  const lastDay = standstillLastDayOf(state);
  if (lastDay !== null && date <= lastDay) {
    holds.push({ kind: 'standstill', detail: `the standstill runs to ${lastDay} inclusive (signing from the day after)` });
  }
  return holds;
}

/**
 * For the standstill board: true while a notified award cannot yet be signed on `today` (a Stockholm
 * date) because of the standstill, an undecided review filed during it, or an interim order.
 */
export function isStandstillHolding(state: ProcurementState, today: string): boolean {
  if (state.status !== 'Standstill' && state.status !== 'ReadyToContract') return false;
  return signingHolds(state, today).length > 0;
}
