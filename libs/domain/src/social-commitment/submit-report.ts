import { compareDates, stockholmDateOf } from '../calendar';
import { DomainError } from '../kernel';
import type { ReportCounts, SubmitSupplierReport, SupplierReportSubmitted } from './follow-up-messages';
import { REPORT_COUNT_FIELDS } from './follow-up-messages';
import { followUpOf, reportFor, withFollowUp, type ReceivedReport } from './follow-up-state';
import { assertContractSupplier, requireCommitmentStatus } from './guards';
import { findReportingPeriod, reportingPeriods } from './reporting-periods';
import type { CommitmentState } from './state';

function sameCounts(a: ReportCounts, b: ReportCounts): boolean {
  return REPORT_COUNT_FIELDS.every((field) => a[field] === b[field]);
}

/** S8: four whole numbers ≥ 0 and nothing else, so that no name or free text can enter a report. */
function assertCountsOnly(counts: unknown): asserts counts is ReportCounts {
  if (typeof counts !== 'object' || counts === null) throw new DomainError('S8', 'A report carries counts only.');
  const extra = Object.keys(counts).filter((key) => !(REPORT_COUNT_FIELDS as readonly string[]).includes(key));
  if (extra.length > 0) throw new DomainError('S8', `A report carries counts only, not ${extra.join(', ')}.`);
  for (const field of REPORT_COUNT_FIELDS) {
    const value = (counts as Record<string, unknown>)[field];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new DomainError('S8', `counts.${field} must be a whole number ≥ 0, not ${String(value)}.`);
    }
  }
}

/**
 * The contract's supplier reports one period (S8). The period must be one of the schedule's, counted from
 * the contract start, and over (T1: a report on days still to come would be a forecast). A period is
 * reported once: the same counts again are a quiet repeat, other counts are refused (STATE) — the report
 * stands as it was given, and a correction is a matter for the follow-up meeting.
 */
export function submitSupplierReport(command: SubmitSupplierReport, state: CommitmentState): SupplierReportSubmitted[] {
  const { supplierId, period, counts, contractEnd } = command.data;
  assertContractSupplier(state, command, supplierId);
  const earlier = reportFor(state, period);
  if (earlier !== undefined && sameCounts(earlier.counts, counts)) return [];
  requireCommitmentStatus(state, command, ['Active', 'Closed', 'Fulfilled', 'Breached']);
  if (earlier !== undefined) {
    throw new DomainError('STATE', `The period ${period.start}..${period.end} was already reported with other counts.`);
  }
  assertCountsOnly(counts);
  const schedule = state.criterion.reportingSchedule;
  const found = findReportingPeriod(reportingPeriods(schedule, state.contractStartDate, contractEnd), period);
  if (found === undefined) {
    throw new DomainError(
      'STATE',
      `${String(period?.start)}..${String(period?.end)} is not a reporting period of this commitment (${String(schedule ?? 'no schedule')} from ${state.contractStartDate}).`,
    );
  }
  const today = stockholmDateOf(command.metadata.now);
  if (compareDates(today, found.end) < 0) {
    throw new DomainError('T1', `The period ${found.start}..${found.end} is not over (today is ${today} in Stockholm).`);
  }
  const { offered, started, ongoing, completed } = counts;
  return [
    {
      type: 'SupplierReportSubmitted',
      data: { period: { start: found.start, end: found.end }, counts: { offered, started, ongoing, completed } },
      // A supplier's act is stamped by the system clock (api.md §Times).
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['S8', 'T1'] },
    },
  ];
}

export function evolveSupplierReportSubmitted(state: CommitmentState, event: SupplierReportSubmitted): CommitmentState {
  if (state.status === 'Absent' || reportFor(state, event.data.period) !== undefined) return state;
  const report: ReceivedReport = { period: event.data.period, counts: event.data.counts, submittedAt: event.metadata.occurredAt };
  return withFollowUp(state, { reports: [...followUpOf(state).reports, report] });
}
