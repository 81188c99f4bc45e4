/** The commitment stream (`commitment-<id>`): one social criterion of a contract and its placement slots, domain.md §3. */
export { commitmentDecider } from './commitment.decider';
export * from './messages';
export type * from './state';
export { findSlot, initialCommitmentState, slotsOf } from './state';
/** S1 and S2 as the read side counts them: units committed, slots holding a unit, live slots, counts by stage. */
export { holdsAUnit, isLive, slotCounts, unitsCommitted } from './counts';
export type { SlotCounts } from './counts';
export { COMMITMENT_STREAM_CATEGORY, commitmentStreamId } from './stream';
/** The follow-up of a commitment: supplier reports, overdue marks (S6), the period's end and S7's judgement. */
export * from './follow-up-exports';
