import type { CalendarDate } from '../calendar';
import type { Instant } from '../kernel';
import type { Deviation, FollowUpMeeting, Penalty } from './follow-up-messages';
import type { ContractState } from './state';

export interface DeviationFacts extends Deviation {
  /** Every deadline set for its rectification, oldest first (a later request extends it). */
  readonly rectificationDeadlines: readonly CalendarDate[];
  readonly rectifiedOn?: CalendarDate;
}

export interface PenaltyFacts extends Penalty {
  readonly criterionId: string;
  readonly imposedAt: Instant;
  readonly waiver?: { readonly justification: string };
}

/** What the follow-up has recorded on the contract: meetings, deviations, penalties and its end. */
export interface ContractFollowUp {
  readonly meetings: readonly FollowUpMeeting[];
  readonly deviations: readonly DeviationFacts[];
  readonly penalties: readonly PenaltyFacts[];
  /** Set by `ContractTerminated` (with its reason) or `ContractCompleted`. */
  readonly ended?: { readonly date: CalendarDate; readonly reason?: string };
}

const NOTHING_YET: ContractFollowUp = { meetings: [], deviations: [], penalties: [] };

export function contractFollowUpOf(state: ContractState): ContractFollowUp {
  return state.status === 'Absent' ? NOTHING_YET : (state.followUp ?? NOTHING_YET);
}

export function withContractFollowUp<S extends ContractState>(state: S, change: Partial<ContractFollowUp>): S {
  if (state.status === 'Absent') return state;
  return { ...state, followUp: { ...contractFollowUpOf(state), ...change } };
}

export function findDeviation(state: ContractState, deviationId: string): DeviationFacts | undefined {
  return contractFollowUpOf(state).deviations.find((deviation) => deviation.deviationId === deviationId);
}

export function findPenalty(state: ContractState, penaltyId: string): PenaltyFacts | undefined {
  return contractFollowUpOf(state).penalties.find((penalty) => penalty.penaltyId === penaltyId);
}

/** The deviation with `change` applied; an unknown id changes nothing. */
export function withDeviation(state: ContractState, deviationId: string, change: (deviation: DeviationFacts) => DeviationFacts): ContractState {
  const followUp = contractFollowUpOf(state);
  if (!followUp.deviations.some((deviation) => deviation.deviationId === deviationId)) return state;
  return withContractFollowUp(state, {
    deviations: followUp.deviations.map((deviation) => (deviation.deviationId === deviationId ? change(deviation) : deviation)),
  });
}
