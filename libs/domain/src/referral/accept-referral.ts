import { assertProposedTo, requireReferralStatus } from './guards';
import type { AcceptReferral, ReferralAcceptedBySupplier } from './messages';
import type { ReferralState } from './state';

/**
 * The supplier of the proposed slot accepts the referral. This records its answer only: the match is the
 * labour-market unit's own act on the commitment (api.md).
 */
export function acceptReferral(command: AcceptReferral, state: ReferralState): ReferralAcceptedBySupplier[] {
  const { supplierId } = command.data;
  if (state.status === 'Accepted' && state.proposal.supplierId === supplierId) return [];
  requireReferralStatus(state, command, ['Proposed']);
  assertProposedTo(state.proposal.supplierId, command, supplierId);
  const { commitmentId, slotId } = state.proposal;
  // A supplier's act is stamped by the system clock (api.md §Times).
  return [{ type: 'ReferralAcceptedBySupplier', data: { commitmentId, slotId, supplierId }, metadata: { occurredAt: command.metadata.now } }];
}

export function evolveReferralAcceptedBySupplier(state: ReferralState, event: ReferralAcceptedBySupplier): ReferralState {
  if (state.status !== 'Proposed') return state;
  return { ...state, status: 'Accepted', proposal: event.data };
}
