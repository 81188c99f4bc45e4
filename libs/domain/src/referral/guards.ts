import { DomainError } from '../kernel';
import type { ReferralCommand } from './messages';
import type { ReferralState, ReferralStatus } from './state';

/**
 * R1: only the labour-market unit creates, proposes and withdraws referrals. The HTTP edge already
 * refuses other roles; the decider holds the rule too, so no other caller of the write path can bypass it.
 * Checked before the quiet repeat: another role cannot repeat what it could never do.
 */
export function assertLabourMarketUnit(command: ReferralCommand): void {
  const { role } = command.metadata.actor;
  if (role !== 'labour-market') {
    throw new DomainError('R1', `${command.type} is for the labour-market unit only, not for role '${role}'.`);
  }
}

/** STATE: the command is not possible in the stage the referral is in. */
export function referralNotPossible(state: ReferralState, command: ReferralCommand): DomainError {
  const which = state.status === 'Absent' ? 'a referral that has not been created' : `a ${state.status} referral`;
  return new DomainError('STATE', `${command.type} is not possible on ${which}.`);
}

/** STATE: the command is possible only in the given stages. Callers check for a quiet repeat first (decision 004). */
export function requireReferralStatus<S extends ReferralStatus>(
  state: ReferralState,
  command: ReferralCommand,
  statuses: readonly S[],
): asserts state is Extract<ReferralState, { status: S }> {
  if (!(statuses as readonly ReferralStatus[]).includes(state.status)) throw referralNotPossible(state, command);
}

/** Only the supplier of the proposed slot answers a proposal; another supplier is refused (STATE). */
export function assertProposedTo(proposalSupplierId: string, command: ReferralCommand, supplierId: string): void {
  if (supplierId !== proposalSupplierId) {
    throw new DomainError('STATE', `${command.type}: the referral was not proposed to supplier '${supplierId}'.`);
  }
}
