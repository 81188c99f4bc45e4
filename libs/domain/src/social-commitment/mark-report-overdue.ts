import { addDays, compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { DomainError } from '../kernel';
import type { MarkReportOverdue, ReportOverdue } from './follow-up-messages';
import { followUpOf, isMarkedOverdue, reportFor, withFollowUp } from './follow-up-state';
import { requireCommitmentStatus } from './guards';
import { findReportingPeriod, reportingPeriods } from './reporting-periods';
import type { CommitmentState } from './state';

/**
 * A timer asks whether a period's report is overdue. It is when its due date (30 days after the period)
 * has passed with no report for the period. A report that came in time leaves nothing to record, and a
 * period already marked is a quiet repeat, so a timer fired twice records one `ReportOverdue`. The mark
 * occurs when the day after the due date begins, whenever the timer gets to it.
 */
export function markReportOverdue(command: MarkReportOverdue, state: CommitmentState): ReportOverdue[] {
  const { period, contractEnd } = command.data;
  if (isMarkedOverdue(state, period)) return [];
  requireCommitmentStatus(state, command, ['Active', 'Closed', 'Fulfilled', 'Breached']);
  if (reportFor(state, period) !== undefined) return [];
  const found = findReportingPeriod(reportingPeriods(state.criterion.reportingSchedule, state.contractStartDate, contractEnd), period);
  if (found === undefined) {
    throw new DomainError('STATE', `${period.start}..${period.end} is not a reporting period of this commitment.`);
  }
  const today = stockholmDateOf(command.metadata.now);
  if (compareDates(today, found.dueDate) <= 0) {
    throw new DomainError('T1', `The report on ${found.start}..${found.end} is due on ${found.dueDate}; it is not overdue on ${today}.`);
  }
  return [
    {
      type: 'ReportOverdue',
      data: { period: { start: found.start, end: found.end }, dueDate: found.dueDate },
      metadata: { occurredAt: stockholmStartOf(addDays(found.dueDate, 1)), ruleRefs: ['S8', 'T1'] },
    },
  ];
}

export function evolveReportOverdue(state: CommitmentState, event: ReportOverdue): CommitmentState {
  if (state.status === 'Absent' || isMarkedOverdue(state, event.data.period)) return state;
  return withFollowUp(state, { overdue: [...followUpOf(state).overdue, event.data.period] });
}
