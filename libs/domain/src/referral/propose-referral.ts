import { DomainError } from '../kernel';
import { assertLabourMarketUnit, requireReferralStatus } from './guards';
import type { ProposeReferral, ReferralProposedForSlot } from './messages';
import { isCandidateErased, sameSlotReference, type ReferralState } from './state';

/**
 * Proposes the referral to the supplier of a slot (R1). R2: only to an offered slot — the handler reads
 * the commitment and states it in `slotOffered`, as the referral stream cannot see the commitment's. A
 * referral may be proposed anew after a decline or to another slot; only a withdrawn one is closed. R3:
 * never for an erased candidate, whether the stream records the erasure or the vault (via the handler)
 * already knows it; a proposal made before the erasure stays a quiet repeat, as nothing new is proposed.
 */
export function proposeReferral(command: ProposeReferral, state: ReferralState): ReferralProposedForSlot[] {
  assertLabourMarketUnit(command);
  const { commitmentId, slotId, supplierId, slotOffered, candidateErased } = command.data;
  const proposal = { commitmentId, slotId, supplierId };
  if ((state.status === 'Proposed' || state.status === 'Accepted') && sameSlotReference(state.proposal, proposal)) return [];
  requireReferralStatus(state, command, ['Created', 'Proposed', 'Accepted', 'Declined']);
  if (candidateErased !== false || isCandidateErased(state)) {
    throw new DomainError('R3', `The candidate of referral ${state.referralId} was erased; nothing can be proposed for it.`);
  }
  if (slotOffered !== true) {
    throw new DomainError('R2', `Slot '${slotId}' of commitment ${commitmentId} is not offered; a referral is proposed to an offered slot only.`);
  }
  return [{ type: 'ReferralProposedForSlot', data: proposal, metadata: { occurredAt: command.metadata.now, ruleRefs: ['R1', 'R2', 'R3'] } }];
}

export function evolveReferralProposedForSlot(state: ReferralState, event: ReferralProposedForSlot): ReferralState {
  if (state.status === 'Absent' || state.status === 'Withdrawn') return state;
  const { referralId, candidateRef, targetGroupCode } = state;
  return { status: 'Proposed', referralId, candidateRef, targetGroupCode, proposal: event.data };
}
