import { slotsOf, type CommitmentState, type CompletedSlot, type MatchedSlot, type Slot, type StartedSlot } from './state';

/** The placements the commitment's criterion asks for; 0 for a criterion that commits none. */
export function unitsCommitted(state: CommitmentState): number {
  if (state.status === 'Absent') return 0;
  const units = state.criterion.unitsRequired;
  return typeof units === 'number' && Number.isInteger(units) && units > 0 ? units : 0;
}

/** S1 counts these against the units committed: a completed placement fulfils a unit for good. */
export function holdsAUnit(slot: Slot): slot is MatchedSlot | StartedSlot | CompletedSlot {
  return slot.status === 'Matched' || slot.status === 'Started' || slot.status === 'Completed';
}

/** S2: a referral is in at most one of these at a time; after completion or interruption it may be matched again. */
export function isLive(slot: Slot): slot is MatchedSlot | StartedSlot {
  return slot.status === 'Matched' || slot.status === 'Started';
}

export interface SlotCounts {
  readonly committed: number;
  /** Slots waiting for a referral now (including reopened ones). */
  readonly offered: number;
  readonly matched: number;
  /** Placements under way. */
  readonly started: number;
  readonly completed: number;
  /** Interruptions so far; each reopened its slot. */
  readonly interrupted: number;
  readonly withdrawn: number;
}

/** The slots by their current stage, e.g. "3 committed, 2 matched" (S1 compares matched+started+completed). */
export function slotCounts(state: CommitmentState): SlotCounts {
  const counts = { committed: unitsCommitted(state), offered: 0, matched: 0, started: 0, completed: 0, interrupted: 0, withdrawn: 0 };
  for (const slot of slotsOf(state)) {
    counts.interrupted += slot.interruptions.length;
    switch (slot.status) {
      case 'Offered':
        counts.offered += 1;
        break;
      case 'Matched':
        counts.matched += 1;
        break;
      case 'Started':
        counts.started += 1;
        break;
      case 'Completed':
        counts.completed += 1;
        break;
      case 'Withdrawn':
        counts.withdrawn += 1;
        break;
      case 'Interrupted':
        // Counted among the interruptions; decide reopens the slot in the same breath.
        break;
      default: {
        const _exhaustive: never = slot;
        return _exhaustive;
      }
    }
  }
  return counts;
}
