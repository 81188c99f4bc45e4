import type { DeclineReason, ReferralFacts, SlotReference, WithdrawalReason } from './messages';

export interface AbsentReferral {
  readonly status: 'Absent';
}
/**
 * What every created referral holds. Erasure is a mark rather than a stage: the conversation with the
 * supplier may still be answered or withdrawn, but nothing new is proposed or matched (R3).
 */
export interface ReferralRecord extends ReferralFacts {
  /** Set by `CandidateDataErased`: the vault no longer holds the candidate's identity. */
  readonly candidateErased?: true;
}
export interface CreatedReferral extends ReferralRecord {
  readonly status: 'Created';
}
/** Proposed to the supplier of a slot; the supplier answers. */
export interface ProposedReferral extends ReferralRecord {
  readonly status: 'Proposed';
  readonly proposal: SlotReference;
}
export interface AcceptedReferral extends ReferralRecord {
  readonly status: 'Accepted';
  readonly proposal: SlotReference;
}
/** Declined; the labour-market unit may propose the referral to another slot. */
export interface DeclinedReferral extends ReferralRecord {
  readonly status: 'Declined';
  readonly proposal: SlotReference;
  readonly declineReason: DeclineReason;
}
export interface WithdrawnReferral extends ReferralRecord {
  readonly status: 'Withdrawn';
  readonly withdrawalReason: WithdrawalReason;
}

/**
 * A referral's conversation with suppliers (domain.md §3). Matching itself happens on the commitment
 * stream; accepting records only the supplier's answer. `CandidateDataErased` marks any stage as erased
 * (`candidateErased`), which refuses proposing and matching (R3).
 */
export type ReferralState =
  | AbsentReferral
  | CreatedReferral
  | ProposedReferral
  | AcceptedReferral
  | DeclinedReferral
  | WithdrawnReferral;
export type ReferralStatus = ReferralState['status'];

export const initialReferralState: ReferralState = { status: 'Absent' };

/** The facts a referral was created with; undefined before it was created. */
export function referralFactsOf(state: ReferralState): ReferralFacts | undefined {
  if (state.status === 'Absent') return undefined;
  const { referralId, candidateRef, targetGroupCode } = state;
  return { referralId, candidateRef, targetGroupCode };
}

/** True once `CandidateDataErased` was recorded on the referral. */
export function isCandidateErased(state: ReferralState): boolean {
  return state.status !== 'Absent' && state.candidateErased === true;
}

export function sameSlotReference(a: SlotReference, b: SlotReference): boolean {
  return a.commitmentId === b.commitmentId && a.slotId === b.slotId && a.supplierId === b.supplierId;
}
