import type { DeclineReason, ReferralFacts, SlotReference, WithdrawalReason } from './messages';

export interface AbsentReferral {
  readonly status: 'Absent';
}
export interface CreatedReferral extends ReferralFacts {
  readonly status: 'Created';
}
/** Proposed to the supplier of a slot; the supplier answers. */
export interface ProposedReferral extends ReferralFacts {
  readonly status: 'Proposed';
  readonly proposal: SlotReference;
}
export interface AcceptedReferral extends ReferralFacts {
  readonly status: 'Accepted';
  readonly proposal: SlotReference;
}
/** Declined; the labour-market unit may propose the referral to another slot. */
export interface DeclinedReferral extends ReferralFacts {
  readonly status: 'Declined';
  readonly proposal: SlotReference;
  readonly declineReason: DeclineReason;
}
export interface WithdrawnReferral extends ReferralFacts {
  readonly status: 'Withdrawn';
  readonly withdrawalReason: WithdrawalReason;
}

/**
 * A referral's conversation with suppliers (domain.md §3). Matching itself happens on the commitment
 * stream; accepting records only the supplier's answer. `CandidateDataErased` (R3) joins later, and with
 * it a guard against proposing an erased candidate.
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

export function sameSlotReference(a: SlotReference, b: SlotReference): boolean {
  return a.commitmentId === b.commitmentId && a.slotId === b.slotId && a.supplierId === b.supplierId;
}
