import { compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { DomainError } from '../kernel';
import { assertDateNotInFuture } from './dates';
import { requireContractStatus } from './guards';
import type { ContractStarted, StartContract } from './messages';
import type { ContractState } from './state';

/**
 * Records the day the contract started; the workflow then activates its commitments. A contract starts
 * once: another date for an already started contract is refused (STATE), the same date is a quiet repeat.
 */
export function startContract(command: StartContract, state: ContractState): ContractStarted[] {
  const { date } = command.data;
  if (state.status === 'Started' && state.startDate === date) return [];
  requireContractStatus(state, command, ['Registered']);
  assertDateNotInFuture('date', date, command.metadata.now);
  const signedOn = stockholmDateOf(state.signedAt);
  if (compareDates(date, signedOn) < 0) {
    throw new DomainError('STATE', `The start date ${date} lies before the signing on ${signedOn}.`);
  }
  return [
    {
      type: 'ContractStarted',
      data: { date },
      // The act is known by its date only: it occurred when that day began in Stockholm.
      metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['C3', 'T1'] },
    },
  ];
}

export function evolveContractStarted(state: ContractState, event: ContractStarted): ContractState {
  if (state.status !== 'Registered') return state;
  return { ...state, status: 'Started', startDate: event.data.date };
}
