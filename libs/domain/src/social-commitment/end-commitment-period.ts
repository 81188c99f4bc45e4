import { addDays, compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { isCalendarDate } from '../contract/dates';
import { DomainError } from '../kernel';
import type { CommitmentBreached, CommitmentFulfilled, CommitmentPeriodEnded, EndCommitmentPeriod } from './follow-up-messages';
import { followUpOf, withFollowUp } from './follow-up-state';
import { judgeCommitment } from './fulfilment';
import { requireCommitmentStatus } from './guards';
import type { CommitmentState } from './state';

type PeriodEndEvent = CommitmentPeriodEnded | CommitmentFulfilled | CommitmentBreached;

/**
 * A timer ends the commitment with the contract period: `CommitmentPeriodEnded`, then — when the criterion
 * commits placements — `CommitmentFulfilled` or `CommitmentBreached` by S7 (fulfilment.ts). Both occur when
 * the day after the period begins. The same end again is a quiet repeat; another date is refused (STATE).
 */
export function endCommitmentPeriod(command: EndCommitmentPeriod, state: CommitmentState): PeriodEndEvent[] {
  const { periodEnd } = command.data;
  if (followUpOf(state).periodEndedOn === periodEnd) return [];
  requireCommitmentStatus(state, command, ['Active']);
  if (!isCalendarDate(periodEnd) || compareDates(periodEnd, state.contractStartDate) < 0) {
    throw new DomainError('STATE', `The period end '${String(periodEnd)}' is not a date on or after the contract start ${state.contractStartDate}.`);
  }
  const today = stockholmDateOf(command.metadata.now);
  if (compareDates(today, periodEnd) <= 0) {
    throw new DomainError('T1', `The contract period runs until ${periodEnd}; it is not over on ${today}.`);
  }
  const occurredAt = stockholmStartOf(addDays(periodEnd, 1));
  const ended: CommitmentPeriodEnded = { type: 'CommitmentPeriodEnded', data: { date: periodEnd }, metadata: { occurredAt, ruleRefs: ['T1'] } };
  const judgement = judgeCommitment(state, periodEnd);
  if (judgement.unitsRequired === 0) return [ended];
  const type = judgement.placementsCounted >= judgement.unitsRequired ? 'CommitmentFulfilled' : 'CommitmentBreached';
  return [ended, { type, data: judgement, metadata: { occurredAt, ruleRefs: ['S7'] } }];
}

export function evolveCommitmentPeriodEnded(state: CommitmentState, event: CommitmentPeriodEnded): CommitmentState {
  if (state.status !== 'Active') return state;
  return withFollowUp({ ...state, status: 'Closed' }, { periodEndedOn: event.data.date });
}

export function evolveCommitmentJudged(state: CommitmentState, event: CommitmentFulfilled | CommitmentBreached): CommitmentState {
  if (state.status !== 'Closed') return state;
  const status = event.type === 'CommitmentFulfilled' ? 'Fulfilled' : 'Breached';
  return withFollowUp({ ...state, status }, { judgement: event.data });
}
