import { compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { DomainError } from '../kernel';
import { isFilled } from '../procurement/vocabulary';
import { assertDateNotInFuture } from './dates';
import type { CompleteContract, ContractCompleted, ContractTerminated, TerminateContract } from './follow-up-messages';
import { contractFollowUpOf, withContractFollowUp } from './follow-up-state';
import { requireContractStatus } from './guards';
import type { ContractState } from './state';

type Ending = TerminateContract | CompleteContract;

/** The end date may be today at the latest (T1), and not before the signing or the start. */
function assertEndDate(command: Ending, state: Extract<ContractState, { status: 'Registered' | 'Started' }>): void {
  const { date } = command.data;
  assertDateNotInFuture('date', date, command.metadata.now);
  const earliest = state.status === 'Started' ? state.startDate : stockholmDateOf(state.signedAt);
  if (compareDates(date, earliest) < 0) {
    throw new DomainError('STATE', `The end on ${date} lies before the contract's ${state.status === 'Started' ? 'start' : 'signing'} on ${earliest}.`);
  }
}

/**
 * The contract is terminated early, with a reason; from then on C3 refuses every follow-up. The same
 * termination again is a quiet repeat, anything else on an ended contract is refused (C3).
 */
export function terminateContract(command: TerminateContract, state: ContractState): ContractTerminated[] {
  const { date, reason } = command.data;
  const ended = contractFollowUpOf(state).ended;
  if (state.status === 'Terminated' && ended?.date === date && ended.reason === reason) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  if (!isFilled(reason)) throw new DomainError('STATE', 'A termination needs a reason.');
  assertEndDate(command, state);
  return [{ type: 'ContractTerminated', data: { date, reason }, metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['C3', 'T1'] } }];
}

/** The contract ran its course (or was ended by agreement); C3 as for a termination. */
export function completeContract(command: CompleteContract, state: ContractState): ContractCompleted[] {
  const { date } = command.data;
  if (state.status === 'Completed' && contractFollowUpOf(state).ended?.date === date) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  assertEndDate(command, state);
  return [{ type: 'ContractCompleted', data: { date }, metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['C3', 'T1'] } }];
}

export function evolveContractTerminated(state: ContractState, event: ContractTerminated): ContractState {
  if (state.status !== 'Registered' && state.status !== 'Started') return state;
  const { date, reason } = event.data;
  return withContractFollowUp({ ...state, status: 'Terminated' }, { ended: { date, reason } });
}

export function evolveContractCompleted(state: ContractState, event: ContractCompleted): ContractState {
  if (state.status !== 'Registered' && state.status !== 'Started') return state;
  return withContractFollowUp({ ...state, status: 'Completed' }, { ended: { date: event.data.date } });
}
