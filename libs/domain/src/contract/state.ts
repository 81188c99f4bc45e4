import type { CalendarDate } from '../calendar';
import type { ContractRegistration } from './messages';
import type { ContractFollowUp } from './follow-up-state';

export interface AbsentContract {
  readonly status: 'Absent';
}

export interface RegisteredContract extends ContractRegistration {
  readonly status: 'Registered';
  readonly followUp?: ContractFollowUp;
}

export interface StartedContract extends ContractRegistration {
  readonly status: 'Started';
  readonly followUp?: ContractFollowUp;
  readonly startDate: CalendarDate;
}

/**
 * C3: the follow-up is over (`ContractTerminated`, `ContractCompleted`); every further act is refused.
 * `followUp` (follow-up-state.ts) keeps meetings, deviations, penalties and the end in every stage.
 */
export interface TerminatedContract extends ContractRegistration {
  readonly status: 'Terminated';
  readonly followUp?: ContractFollowUp;
  readonly startDate?: CalendarDate;
}

export interface CompletedContract extends ContractRegistration {
  readonly status: 'Completed';
  readonly followUp?: ContractFollowUp;
  readonly startDate?: CalendarDate;
}

/** The contract's lifecycle (domain.md §3), one stage per variant. */
export type ContractState = AbsentContract | RegisteredContract | StartedContract | TerminatedContract | CompletedContract;

export type ContractStatus = ContractState['status'];

export const initialContractState: ContractState = { status: 'Absent' };

/** True once the contract was terminated or completed: C3 refuses every further act. */
export function isContractEnded(state: ContractState): state is TerminatedContract | CompletedContract {
  switch (state.status) {
    case 'Terminated':
    case 'Completed':
      return true;
    case 'Absent':
    case 'Registered':
    case 'Started':
      return false;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

/** The registration a contract was opened with; undefined before it was registered. */
export function registrationOf(state: ContractState): ContractRegistration | undefined {
  if (state.status === 'Absent') return undefined;
  const { contractId, procurementId, buyerUnitId, supplierId, bidId, signedAt, period, criteria } = state;
  return { contractId, procurementId, buyerUnitId, supplierId, bidId, signedAt, period, criteria };
}
