import { DomainError } from '../kernel';
import type { ContractCommand } from './messages';
import { isContractEnded, type ContractState, type ContractStatus } from './state';

/** STATE: the command is not possible in the stage the contract is in. */
export function contractNotPossible(state: ContractState, command: ContractCommand): DomainError {
  const which = state.status === 'Absent' ? 'a contract that has not been registered' : `a ${state.status} contract`;
  return new DomainError('STATE', `${command.type} is not possible on ${which}.`);
}

/**
 * C3, then STATE: the command is possible only in the given stages. Callers check for a quiet repeat
 * first (decision 004), so that a retried act on an ended contract still answers as it did.
 */
export function requireContractStatus<S extends ContractStatus>(
  state: ContractState,
  command: ContractCommand,
  statuses: readonly S[],
): asserts state is Extract<ContractState, { status: S }> {
  if (isContractEnded(state)) {
    throw new DomainError('C3', `Contract ${state.contractId} is ${state.status}; ${command.type} is not possible.`);
  }
  if (!(statuses as readonly ContractStatus[]).includes(state.status)) throw contractNotPossible(state, command);
}
