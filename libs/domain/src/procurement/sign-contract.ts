import { stockholmDateOf } from '../calendar';
import { DomainError } from '../kernel';
import type { SignContract, SignContractData } from './contract-commands';
import type { ContractSigned } from './contract-events';
import { assertNotBefore, assertNotInFuture, requireStatus, sameInstant } from './guards';
import type { SignedContract } from './records';
import { criterionData } from './social-criterion';
import { isDirectAward, signingHolds } from './standstill';
import type { ConcludedProcurement, ProcurementState } from './state';
import { findBid } from './state-queries';

function sameSigning(contract: SignedContract, data: SignContractData): boolean {
  return (
    contract.contractId === data.contractId &&
    contract.bidId === data.bidId &&
    sameInstant(contract.signedAt, data.signedAt) &&
    contract.period.start === data.period.start &&
    contract.period.end === data.period.end
  );
}

/**
 * Signs the contract with a winning bid (P6) once nothing holds it back (P9): the standstill's last day
 * (Stockholm date) has passed, no review filed during it is undecided, and no interim order is in force.
 * Whether the timer has recorded `StandstillEnded` does not matter. A direct award has no standstill and
 * may be signed straight after the award decision.
 */
export function signContract(command: SignContract, state: ProcurementState): ContractSigned[] {
  const { contractId, bidId, signedAt, period } = command.data;
  if (state.status === 'Concluded' && sameSigning(state.contract, command.data)) return [];
  requireStatus(state, command, ['AwardDecided', 'Standstill', 'ReadyToContract']);
  if (state.status === 'AwardDecided' && !isDirectAward(state)) {
    throw new DomainError('STATE', 'The award notification must be sent first: it starts the standstill (P7).');
  }
  assertNotInFuture('signedAt', signedAt, command.metadata.now);
  assertNotBefore('signedAt', signedAt, 'the award decision, decided at', state.award.decidedAt);
  const bid = findBid(state, bidId);
  if (bid === undefined || !state.award.winnerBidIds.includes(bidId)) {
    throw new DomainError('P6', `Bid '${bidId}' did not win the award (${state.award.winnerBidIds.join(', ')}).`);
  }
  const holds = signingHolds(state, stockholmDateOf(signedAt));
  if (holds.length > 0) {
    throw new DomainError('P9', `No contract can be signed at ${signedAt}: ${holds.map((hold) => hold.detail).join('; ')}.`);
  }
  return [
    {
      type: 'ContractSigned',
      data: {
        contractId,
        bidId,
        supplierId: bid.supplierId,
        signedAt,
        period: { start: period.start, end: period.end },
        criteria: Object.values(state.criteria).map(criterionData),
      },
      metadata: { occurredAt: signedAt, ruleRefs: ['P6', 'P9', 'T1'] },
    },
  ];
}

export function evolveContractSigned(state: ProcurementState, event: ContractSigned): ProcurementState {
  if (state.status !== 'AwardDecided' && state.status !== 'Standstill' && state.status !== 'ReadyToContract') return state;
  const { contractId, bidId, supplierId, signedAt, period } = event.data;
  const concluded: ConcludedProcurement = {
    ...state,
    status: 'Concluded',
    standstillLastDay: state.status === 'AwardDecided' ? null : state.standstillLastDay,
    contract: { contractId, bidId, supplierId, signedAt, period },
  };
  return concluded;
}
