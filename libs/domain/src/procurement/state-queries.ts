import type { Bid, Review } from './records';
import type { ProcurementState } from './state';
import type { SocialCriterion } from './social-criterion';

/**
 * True when no command can change the stream any more. A concluded procurement still takes its contract
 * award notice (P11), so it becomes terminal once that is published.
 */
export function isTerminal(state: ProcurementState): boolean {
  switch (state.status) {
    case 'Cancelled':
      return true;
    case 'Concluded':
      return state.awardNotice !== undefined;
    case 'Absent':
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
    case 'Evaluating':
    case 'AwardDecided':
    case 'Standstill':
    case 'ReadyToContract':
      return false;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

export function findCriterion(state: ProcurementState, criterionId: string): SocialCriterion | undefined {
  if (state.status === 'Absent') return undefined;
  return Object.hasOwn(state.criteria, criterionId) ? state.criteria[criterionId] : undefined;
}

/** A bid by id, in any stage that has bids (own properties only, like `findCriterion`). */
export function findBid(state: ProcurementState, bidId: string): Bid | undefined {
  if (state.status === 'Absent' || state.status === 'Planning') return undefined;
  const bids = state.bids;
  return bids !== undefined && Object.hasOwn(bids, bidId) ? bids[bidId] : undefined;
}

/** Every bid registered, withdrawn or not. */
export function bidsOf(state: ProcurementState): readonly Bid[] {
  if (state.status === 'Absent' || state.status === 'Planning') return [];
  return Object.values(state.bids ?? {});
}

export function findReview(state: ProcurementState, caseNo: string): Review | undefined {
  const reviews = reviewsOf(state);
  return Object.hasOwn(reviews, caseNo) ? reviews[caseNo] : undefined;
}

/** Every review application registered, decided or not. */
export function reviewsOf(state: ProcurementState): Readonly<Record<string, Review>> {
  switch (state.status) {
    case 'Evaluating':
    case 'AwardDecided':
    case 'Standstill':
    case 'ReadyToContract':
    case 'Concluded':
      return state.reviews;
    case 'Cancelled':
      return state.reviews ?? {};
    case 'Absent':
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
      return {};
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** The revision the next event on the stream gets (the first event is revision 0). */
export function nextRevision(state: ProcurementState): number {
  return state.status === 'Absent' ? 0 : state.eventTypes.length;
}
