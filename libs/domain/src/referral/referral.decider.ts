import type { Decider } from '../kernel';
import { acceptReferral, evolveReferralAcceptedBySupplier } from './accept-referral';
import { createReferral, evolveReferralCreated } from './create-referral';
import { declineReferral, evolveReferralDeclinedBySupplier } from './decline-referral';
import { eraseCandidateData, evolveCandidateDataErased } from './erase-candidate-data';
import type { ReferralCommand, ReferralEvent } from './messages';
import { evolveReferralProposedForSlot, proposeReferral } from './propose-referral';
import { initialReferralState, isCandidateErased, type ReferralState } from './state';
import { evolveReferralWithdrawn, withdrawReferral } from './withdraw-referral';

/**
 * Decides a referral command: R1 and the supplier check first (who may act at all), then a quiet repeat
 * (decision 004), then STATE and the command's own rules.
 */
function decideReferral(command: ReferralCommand, state: ReferralState): readonly ReferralEvent[] {
  switch (command.type) {
    case 'CreateReferral':
      return createReferral(command, state);
    case 'ProposeReferral':
      return proposeReferral(command, state);
    case 'AcceptReferral':
      return acceptReferral(command, state);
    case 'DeclineReferral':
      return declineReferral(command, state);
    case 'WithdrawReferral':
      return withdrawReferral(command, state);
    case 'EraseCandidateData':
      return eraseCandidateData(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/**
 * Total on purpose: an event that does not fit the stage (which decide never produces) changes nothing.
 * Erasure is a mark, not a stage: whatever stage follows it, the candidate stays erased.
 */
function evolveReferral(state: ReferralState, event: ReferralEvent): ReferralState {
  const next = evolveStage(state, event);
  return isCandidateErased(state) && !isCandidateErased(next) && next.status !== 'Absent' ? { ...next, candidateErased: true } : next;
}

function evolveStage(state: ReferralState, event: ReferralEvent): ReferralState {
  switch (event.type) {
    case 'ReferralCreated':
      return evolveReferralCreated(state, event);
    case 'ReferralProposedForSlot':
      return evolveReferralProposedForSlot(state, event);
    case 'ReferralAcceptedBySupplier':
      return evolveReferralAcceptedBySupplier(state, event);
    case 'ReferralDeclinedBySupplier':
      return evolveReferralDeclinedBySupplier(state, event);
    case 'ReferralWithdrawn':
      return evolveReferralWithdrawn(state, event);
    case 'CandidateDataErased':
      return evolveCandidateDataErased(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/**
 * No referral stage is terminal: even a withdrawn referral must still take the erasure of its candidate
 * (R3, `CandidateDataErased`), which comes with the PII vault's erasure command.
 */
function isReferralTerminal(_state: ReferralState): boolean {
  return false;
}

/** The decider of the `referral-<id>` stream: the labour-market unit's referral of one candidate (domain.md §3). */
export const referralDecider: Decider<ReferralCommand, ReferralEvent, ReferralState> = {
  decide: decideReferral,
  evolve: evolveReferral,
  initialState: initialReferralState,
  isTerminal: isReferralTerminal,
};
