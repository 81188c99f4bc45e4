import { DomainError } from '../kernel';
import { isOneOf } from '../procurement/vocabulary';
import { assertLabourMarketUnit, requireReferralStatus } from './guards';
import { WITHDRAWAL_REASONS, type ReferralWithdrawn, type WithdrawReferral } from './messages';
import type { ReferralState } from './state';

/**
 * The labour-market unit closes the referral (R1), for a reason from a closed list (as S5). A placement
 * already matched on a commitment is not undone by this; it ends there, by interruption or completion.
 */
export function withdrawReferral(command: WithdrawReferral, state: ReferralState): ReferralWithdrawn[] {
  assertLabourMarketUnit(command);
  const { reasonCode } = command.data;
  if (state.status === 'Withdrawn' && state.withdrawalReason === reasonCode) return [];
  requireReferralStatus(state, command, ['Created', 'Proposed', 'Accepted', 'Declined']);
  if (!isOneOf(WITHDRAWAL_REASONS, reasonCode)) {
    throw new DomainError('S5', `'${String(reasonCode)}' is not a withdrawal reason (${WITHDRAWAL_REASONS.join(', ')}).`);
  }
  return [{ type: 'ReferralWithdrawn', data: { reasonCode }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['R1', 'S5'] } }];
}

export function evolveReferralWithdrawn(state: ReferralState, event: ReferralWithdrawn): ReferralState {
  if (state.status === 'Absent' || state.status === 'Withdrawn') return state;
  const { referralId, candidateRef, targetGroupCode } = state;
  return { status: 'Withdrawn', referralId, candidateRef, targetGroupCode, withdrawalReason: event.data.reasonCode };
}
