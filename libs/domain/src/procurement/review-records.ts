import type { Review } from './records';
import type { ProcurementState } from './state';

/** The stages whose reviews a court can still act on: from the evaluation a correction returns to, to signing. */
export const REVIEW_STAGES = ['Evaluating', 'AwardDecided', 'Standstill', 'ReadyToContract'] as const;

/** The state with one review replaced; unchanged when the stage holds no such review. */
export function withReview(
  state: ProcurementState,
  caseNo: string,
  change: (review: Review) => Review,
): ProcurementState {
  switch (state.status) {
    case 'Evaluating':
    case 'AwardDecided':
    case 'Standstill':
    case 'ReadyToContract': {
      if (!Object.hasOwn(state.reviews, caseNo)) return state;
      return { ...state, reviews: { ...state.reviews, [caseNo]: change(state.reviews[caseNo]) } };
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
