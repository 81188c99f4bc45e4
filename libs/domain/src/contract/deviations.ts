import { compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { DomainError } from '../kernel';
import { assertNotBefore, assertNotInFuture, sameInstant } from '../procurement/guards';
import { isFilled, isOneOf } from '../procurement/vocabulary';
import { assertDateNotInFuture, isCalendarDate } from './dates';
import type { DeviationRecorded, DeviationRectified, RecordDeviation, RecordRectification, RectificationRequested, RequestRectification } from './follow-up-messages';
import { DEVIATION_SEVERITIES, type Deviation } from './follow-up-messages';
import { contractFollowUpOf, findDeviation, withContractFollowUp, withDeviation, type DeviationFacts } from './follow-up-state';
import { requireContractStatus } from './guards';
import type { ContractState } from './state';

type FollowingState = Extract<ContractState, { status: 'Registered' | 'Started' }>;

function sameDeviation(a: Deviation, b: Deviation): boolean {
  return sameInstant(a.observedAt, b.observedAt) && a.criterionId === b.criterionId && a.severity === b.severity && a.description === b.description;
}

/** STATE: the deviation the command names was never recorded. */
function requireDeviation(state: FollowingState, deviationId: string): DeviationFacts {
  const deviation = findDeviation(state, deviationId);
  if (deviation === undefined) throw new DomainError('STATE', `Contract ${state.contractId} has no deviation '${deviationId}'.`);
  return deviation;
}

/**
 * A deviation from one of the contract's social criteria was observed. The id is used once: the same
 * deviation again is a quiet repeat, other facts under its id are refused (STATE).
 */
export function recordDeviation(command: RecordDeviation, state: ContractState): DeviationRecorded[] {
  const { deviationId, observedAt, criterionId, severity, description } = command.data;
  const existing = findDeviation(state, deviationId);
  if (existing !== undefined && sameDeviation(existing, command.data)) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  if (existing !== undefined) throw new DomainError('STATE', `Deviation '${deviationId}' was already recorded with other facts.`);
  if (!state.criteria.some((criterion) => criterion.criterionId === criterionId)) {
    throw new DomainError('STATE', `Contract ${state.contractId} has no social criterion '${criterionId}'.`);
  }
  if (!isOneOf(DEVIATION_SEVERITIES, severity)) throw new DomainError('STATE', `severity must be one of ${DEVIATION_SEVERITIES.join(', ')}.`);
  if (!isFilled(description)) throw new DomainError('STATE', 'A deviation needs a description.');
  assertNotInFuture('observedAt', observedAt, command.metadata.now);
  assertNotBefore('observedAt', observedAt, 'the signing', state.signedAt);
  return [
    {
      type: 'DeviationRecorded',
      data: { deviationId, observedAt, criterionId, severity, description },
      metadata: { occurredAt: observedAt, ruleRefs: ['C3', 'T1'] },
    },
  ];
}

/**
 * The supplier is asked to rectify a deviation by a deadline (UHM: a chance to rectify comes first; C2
 * makes it a condition of a penalty). A later request with a new deadline extends it; the same deadline
 * again is a quiet repeat. A rectified deviation needs no request, and a deadline already past is none.
 */
export function requestRectification(command: RequestRectification, state: ContractState): RectificationRequested[] {
  const { deviationId, deadline } = command.data;
  if (findDeviation(state, deviationId)?.rectificationDeadlines.at(-1) === deadline) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  const deviation = requireDeviation(state, deviationId);
  if (deviation.rectifiedOn !== undefined) throw new DomainError('STATE', `Deviation '${deviationId}' was rectified on ${deviation.rectifiedOn}.`);
  const today = stockholmDateOf(command.metadata.now);
  if (!isCalendarDate(deadline) || compareDates(deadline, today) < 0) {
    throw new DomainError('STATE', `The deadline '${String(deadline)}' must be a date from today (${today}) on.`);
  }
  return [
    { type: 'RectificationRequested', data: { deviationId, deadline }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['C3'] } },
  ];
}

/** The deviation was put right on `date`; recorded once (the same date is a quiet repeat, another is refused). */
export function recordRectification(command: RecordRectification, state: ContractState): DeviationRectified[] {
  const { deviationId, date } = command.data;
  if (findDeviation(state, deviationId)?.rectifiedOn === date) return [];
  requireContractStatus(state, command, ['Registered', 'Started']);
  const deviation = requireDeviation(state, deviationId);
  if (deviation.rectifiedOn !== undefined) throw new DomainError('STATE', `Deviation '${deviationId}' was already rectified on ${deviation.rectifiedOn}.`);
  assertDateNotInFuture('date', date, command.metadata.now);
  const observedOn = stockholmDateOf(deviation.observedAt);
  if (compareDates(date, observedOn) < 0) throw new DomainError('STATE', `The rectification on ${date} lies before the deviation was observed (${observedOn}).`);
  return [
    { type: 'DeviationRectified', data: { deviationId, date }, metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['C3', 'T1'] } },
  ];
}

export function evolveDeviationRecorded(state: ContractState, event: DeviationRecorded): ContractState {
  if (state.status === 'Absent' || findDeviation(state, event.data.deviationId) !== undefined) return state;
  const deviation: DeviationFacts = { ...event.data, rectificationDeadlines: [] };
  return withContractFollowUp(state, { deviations: [...contractFollowUpOf(state).deviations, deviation] });
}

export function evolveRectificationRequested(state: ContractState, event: RectificationRequested): ContractState {
  const { deviationId, deadline } = event.data;
  return withDeviation(state, deviationId, (deviation) => ({ ...deviation, rectificationDeadlines: [...deviation.rectificationDeadlines, deadline] }));
}

export function evolveDeviationRectified(state: ContractState, event: DeviationRectified): ContractState {
  return withDeviation(state, event.data.deviationId, (deviation) => ({ ...deviation, rectifiedOn: event.data.date }));
}
