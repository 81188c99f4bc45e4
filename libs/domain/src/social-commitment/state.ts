import type { CalendarDate } from '../calendar';
import type { Instant } from '../kernel';
import type { CommitmentTerms, InterruptionReason, PlacementOutcome, SlotOffer } from './messages';
import type { BreachedCommitment, ClosedCommitment, CommitmentFollowUp, FulfilledCommitment } from './follow-up-state';

/** A placement that ended early; the slot was offered again afterwards. */
export interface Interruption {
  readonly referralId: string;
  readonly date: CalendarDate;
  readonly reasonCode: InterruptionReason;
}

interface SlotFacts extends SlotOffer {
  /** Earlier placements in this slot that were interrupted, oldest first. */
  readonly interruptions: readonly Interruption[];
}

export interface OfferedSlot extends SlotFacts {
  readonly status: 'Offered';
}
export interface WithdrawnSlot extends SlotFacts {
  readonly status: 'Withdrawn';
}
export interface MatchedSlot extends SlotFacts {
  readonly status: 'Matched';
  readonly referralId: string;
  readonly matchedAt: Instant;
}
export interface StartedSlot extends Omit<MatchedSlot, 'status'> {
  readonly status: 'Started';
  readonly startDate: CalendarDate;
}
/** Between `PlacementInterrupted` and `SlotReopened`; decide records both together, so no command sees it. */
export interface InterruptedSlot extends Omit<StartedSlot, 'status'> {
  readonly status: 'Interrupted';
}
export interface CompletedSlot extends Omit<StartedSlot, 'status'> {
  readonly status: 'Completed';
  readonly completedOn: CalendarDate;
  readonly outcomeCode: PlacementOutcome;
  readonly monthsServed: number;
}

/** Offered → Matched → Started → Completed | Interrupted (→ Offered again), or Withdrawn (domain.md §3). */
export type Slot = OfferedSlot | WithdrawnSlot | MatchedSlot | StartedSlot | InterruptedSlot | CompletedSlot;
export type SlotStatus = Slot['status'];

/**
 * Slots are keyed by id; look them up with `findSlot`, never by indexing, so that an id such as
 * `constructor` cannot hit `Object.prototype`.
 */
export interface CommitmentFacts extends CommitmentTerms {
  readonly slots: Readonly<Record<string, Slot>>;
  /** Reports, overdue marks and the period's end (follow-up-state.ts); absent until the first of them. */
  readonly followUp?: CommitmentFollowUp;
}

export interface AbsentCommitment {
  readonly status: 'Absent';
}
export interface EstablishedCommitment extends CommitmentFacts {
  readonly status: 'Established';
}
export interface ActiveCommitment extends CommitmentFacts {
  readonly status: 'Active';
  readonly contractStartDate: CalendarDate;
}

/**
 * Established → Active → Closed at the period's end, then Fulfilled or Breached (S7) when there were
 * placements to judge (follow-up-state.ts).
 */
export type CommitmentState = AbsentCommitment | EstablishedCommitment | ActiveCommitment | ClosedCommitment | FulfilledCommitment | BreachedCommitment;
export type CommitmentStatus = CommitmentState['status'];

export const initialCommitmentState: CommitmentState = { status: 'Absent' };

export function findSlot(state: CommitmentState, slotId: string): Slot | undefined {
  if (state.status === 'Absent') return undefined;
  return Object.hasOwn(state.slots, slotId) ? state.slots[slotId] : undefined;
}

export function slotsOf(state: CommitmentState): readonly Slot[] {
  return state.status === 'Absent' ? [] : Object.values(state.slots);
}

/** The state with one slot added or replaced (a computed key defines an own property, even for `__proto__`). */
export function withSlot(state: CommitmentState, slot: Slot): CommitmentState {
  if (state.status === 'Absent') return state;
  return { ...state, slots: { ...state.slots, [slot.slotId]: slot } };
}
