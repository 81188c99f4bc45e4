import type { ProcurementEvent } from './events';
import type { ProcurementState } from './state';

/**
 * Folds one event into the state. Total on purpose: an event that does not fit the stage (which `decide`
 * never produces) leaves the state unchanged, so a replay never crashes; stream integrity is checked by the
 * event store's verification, not here.
 */
export function evolve(state: ProcurementState, event: ProcurementEvent): ProcurementState {
  switch (event.type) {
    case 'ProcurementInitiated': {
      if (state.status !== 'Absent') return state;
      return { status: 'Planning', ...event.data, criteria: {} };
    }
    case 'SocialCriterionAdded': {
      if (state.status !== 'Planning') return state;
      // A computed key defines an own property even for `__proto__`, so no id can reach the prototype.
      return { ...state, criteria: { ...state.criteria, [event.data.criterionId]: event.data } };
    }
    case 'ProcurementPublished': {
      if (state.status !== 'Planning') return state;
      return { ...state, status: 'Published', publication: event.data };
    }
    case 'ProcurementCancelled': {
      if (state.status !== 'Planning' && state.status !== 'Published') return state;
      return { ...state, status: 'Cancelled', cancelledIn: state.status, cancellation: event.data };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
