import type { Decider } from '../kernel';
import { isContractFollowUpCommand, isContractFollowUpEvent } from './follow-up-messages';
import { decideContractFollowUp, evolveContractFollowUp } from './follow-up.decider';
import type { ContractCommand, ContractEvent } from './messages';
import { evolveContractRegistered, registerContract } from './register-contract';
import { evolveContractStarted, startContract } from './start-contract';
import { initialContractState, isContractEnded, type ContractState } from './state';

/**
 * Decides a contract command. Each command first checks whether its effect is already in the state (a
 * quiet repeat, decision 004), then C3 and STATE, then T1 and its own rules.
 */
function decideContract(command: ContractCommand, state: ContractState): readonly ContractEvent[] {
  if (isContractFollowUpCommand(command)) return decideContractFollowUp(command, state);
  switch (command.type) {
    case 'RegisterContract':
      return registerContract(command, state);
    case 'StartContract':
      return startContract(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}

/** Total on purpose: an event that does not fit the stage (which decide never produces) changes nothing. */
function evolveContract(state: ContractState, event: ContractEvent): ContractState {
  if (isContractFollowUpEvent(event)) return evolveContractFollowUp(state, event);
  switch (event.type) {
    case 'ContractRegistered':
      return evolveContractRegistered(state, event);
    case 'ContractStarted':
      return evolveContractStarted(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/** The decider of the `contract-<id>` stream: the contract's follow-up (domain.md §3). */
export const contractDecider: Decider<ContractCommand, ContractEvent, ContractState> = {
  decide: decideContract,
  evolve: evolveContract,
  initialState: initialContractState,
  isTerminal: isContractEnded,
};
