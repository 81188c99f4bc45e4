import { DomainError } from '../kernel';
import { assertLabourMarketUnit, requireReferralStatus } from './guards';
import type { ProposeReferral, ReferralProposedForSlot } from './messages';
import { sameSlotReference, type ReferralState } from './state';

/**
 * Proposes the referral to the supplier of a slot (R1). R2: only to an offered slot — the handler reads
 * the commitment and states it in `slotOffered`, as the referral stream cannot see the commitment's. A
 * referral may be proposed anew after a decline or to another slot; only a withdrawn one is closed.
 */
export function proposeReferral(command: ProposeReferral, state: ReferralState): ReferralProposedForSlot[] {
  assertLabourMarketUnit(command);
  const { commitmentId, slotId, supplierId, slotOffered } = command.data;
  const proposal = { commitmentId, slotId, supplierId };
  if ((state.status === 'Proposed' || state.status === 'Accepted') && sameSlotReference(state.proposal, proposal)) return [];
  requireReferralStatus(state, command, ['Created', 'Proposed', 'Accepted', 'Declined']);
  if (slotOffered !== true) {
    throw new DomainError('R2', `Slot '${slotId}' of commitment ${commitmentId} is not offered; a referral is proposed to an offered slot only.`);
  }
  return [{ type: 'ReferralProposedForSlot', data: proposal, metadata: { occurredAt: command.metadata.now, ruleRefs: ['R1', 'R2'] } }];
}

export function evolveReferralProposedForSlot(state: ReferralState, event: ReferralProposedForSlot): ReferralState {
  if (state.status === 'Absent' || state.status === 'Withdrawn') return state;
  const { referralId, candidateRef, targetGroupCode } = state;
  return { status: 'Proposed', referralId, candidateRef, targetGroupCode, proposal: event.data };
}
