import type { ProcurementCancelled, ProcurementInitiated, ProcurementPublished, SocialCriterionAdded } from './events';
import type { ProcurementState } from './state';

export function evolveProcurementInitiated(state: ProcurementState, event: ProcurementInitiated): ProcurementState {
  if (state.status !== 'Absent') return state;
  return { status: 'Planning', ...event.data, criteria: {}, removedCriterionIds: [], eventTypes: [], corrections: [] };
}

export function evolveSocialCriterionAdded(state: ProcurementState, event: SocialCriterionAdded): ProcurementState {
  if (state.status !== 'Planning') return state;
  // A computed key defines an own property even for `__proto__`, so no id can reach the prototype.
  return { ...state, criteria: { ...state.criteria, [event.data.criterionId]: event.data } };
}

export function evolveProcurementPublished(state: ProcurementState, event: ProcurementPublished): ProcurementState {
  if (state.status !== 'Planning') return state;
  return {
    ...state,
    status: 'Published',
    publication: event.data,
    tenderDeadline: event.data.tenderDeadline,
    extensions: [],
    questions: {},
    bids: {},
  };
}

export function evolveProcurementCancelled(state: ProcurementState, event: ProcurementCancelled): ProcurementState {
  switch (state.status) {
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
    case 'Evaluating':
    case 'AwardDecided':
    case 'Standstill':
    case 'ReadyToContract':
      return { ...state, status: 'Cancelled', cancelledIn: state.status, cancellation: event.data };
    case 'Absent':
    case 'Concluded':
    case 'Cancelled':
      return state;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}
