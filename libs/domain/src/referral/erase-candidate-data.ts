import { DomainError } from '../kernel';
import { assertLabourMarketUnit, referralNotPossible } from './guards';
import type { CandidateDataErased, EraseCandidateData } from './messages';
import type { ReferralState } from './state';

/**
 * Records on the referral that its candidate's identity was erased (R1, R3). The PII vault destroyed the
 * key before this command is sent (crypto-shredding), so the event states a fact; it carries only the
 * opaque `candidateRef`. Any stage takes it, a withdrawn referral too: erasure must reach every referral of
 * the candidate. The command must name the referral's own candidate, so a mix-up cannot mark another one.
 */
export function eraseCandidateData(command: EraseCandidateData, state: ReferralState): CandidateDataErased[] {
  assertLabourMarketUnit(command);
  if (state.status === 'Absent') throw referralNotPossible(state, command);
  // The refs are pseudonyms, but the message still names neither: it may be logged or shown.
  if (command.data.candidateRef !== state.candidateRef) {
    throw new DomainError('STATE', `${command.type} names another candidate than the one this referral was created for.`);
  }
  if (state.candidateErased === true) return [];
  return [
    {
      type: 'CandidateDataErased',
      data: { candidateRef: state.candidateRef },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['R1', 'R3'] },
    },
  ];
}

export function evolveCandidateDataErased(state: ReferralState, _event: CandidateDataErased): ReferralState {
  if (state.status === 'Absent') return state;
  return { ...state, candidateErased: true };
}
