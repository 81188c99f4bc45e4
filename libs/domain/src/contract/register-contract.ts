import type { ContractRegistered, ContractRegistration, RegisterContract } from './messages';
import { assertNotInFuture, sameInstant, sameList } from '../procurement/guards';
import { criterionData, sameCriterion } from '../procurement/social-criterion';
import { requireContractStatus } from './guards';
import { registrationOf, type ContractState } from './state';

function sameRegistration(a: ContractRegistration, b: ContractRegistration): boolean {
  return (
    a.contractId === b.contractId &&
    a.procurementId === b.procurementId &&
    a.buyerUnitId === b.buyerUnitId &&
    a.supplierId === b.supplierId &&
    a.bidId === b.bidId &&
    sameInstant(a.signedAt, b.signedAt) &&
    a.period.start === b.period.start &&
    a.period.end === b.period.end &&
    sameList(a.criteria, b.criteria, sameCriterion)
  );
}

/** A plain copy with only the known fields, so that event data stays plain JSON whatever the caller passed. */
function registrationData(data: ContractRegistration): ContractRegistration {
  const { contractId, procurementId, buyerUnitId, supplierId, bidId, signedAt, period, criteria } = data;
  return {
    contractId,
    procurementId,
    buyerUnitId,
    supplierId,
    bidId,
    signedAt,
    period: { start: period.start, end: period.end },
    criteria: criteria.map(criterionData),
  };
}

/**
 * Opens the contract stream; the workflow sends it on `ContractSigned`. The signing was checked on the
 * procurement stream (P6, P9), so only T1 is checked again. It occurs when the workflow records it: the
 * signing time is in the data, and using it here would make every registration look late in the timeline.
 */
export function registerContract(command: RegisterContract, state: ContractState): ContractRegistered[] {
  const existing = registrationOf(state);
  if (existing !== undefined && sameRegistration(existing, command.data)) return [];
  requireContractStatus(state, command, ['Absent']);
  assertNotInFuture('signedAt', command.data.signedAt, command.metadata.now);
  return [
    {
      type: 'ContractRegistered',
      data: registrationData(command.data),
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['T1'] },
    },
  ];
}

export function evolveContractRegistered(state: ContractState, event: ContractRegistered): ContractState {
  if (state.status !== 'Absent') return state;
  return { status: 'Registered', ...event.data };
}
