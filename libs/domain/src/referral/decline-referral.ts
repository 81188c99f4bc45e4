import { DomainError } from '../kernel';
import { isOneOf } from '../procurement/vocabulary';
import { assertProposedTo, requireReferralStatus } from './guards';
import { DECLINE_REASONS, type DeclineReferral, type ReferralDeclinedBySupplier } from './messages';
import type { ReferralState } from './state';

/** The supplier of the proposed slot declines, for a reason from a closed list (as S5: no free text about a person). */
export function declineReferral(command: DeclineReferral, state: ReferralState): ReferralDeclinedBySupplier[] {
  const { supplierId, reasonCode } = command.data;
  if (state.status === 'Declined' && state.proposal.supplierId === supplierId && state.declineReason === reasonCode) return [];
  requireReferralStatus(state, command, ['Proposed']);
  assertProposedTo(state.proposal.supplierId, command, supplierId);
  if (!isOneOf(DECLINE_REASONS, reasonCode)) {
    throw new DomainError('S5', `'${String(reasonCode)}' is not a decline reason (${DECLINE_REASONS.join(', ')}).`);
  }
  const { commitmentId, slotId } = state.proposal;
  return [
    {
      type: 'ReferralDeclinedBySupplier',
      data: { commitmentId, slotId, supplierId, reasonCode },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['S5'] },
    },
  ];
}

export function evolveReferralDeclinedBySupplier(state: ReferralState, event: ReferralDeclinedBySupplier): ReferralState {
  if (state.status !== 'Proposed') return state;
  const { reasonCode, ...proposal } = event.data;
  return { ...state, status: 'Declined', proposal, declineReason: reasonCode };
}
