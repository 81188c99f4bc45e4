import { compareDates, firstPlacementDueDate, reportingPeriods, type Instant } from '@kravspar/domain';
import { dayNumberOf } from '@kravspar/domain/calendar/calendar-dates';
import type { CommitmentComplianceDocument, ContractComplianceDocument, DeviationRecord, PenaltyRecord } from './compliance-document';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

/**
 * A reporting period as the contract owner follows it: `received` in time, `receivedLate` after it was
 * marked overdue, `overdue` (marked, still missing), `due` (over, no report, not marked yet) or `upcoming`.
 */
export type ReportStatus = 'received' | 'receivedLate' | 'overdue' | 'due' | 'upcoming';

export interface ReportPeriodView {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly dueDate: CalendarDate;
  readonly status: ReportStatus;
  readonly submittedAt: Instant | null;
}

/** S6 as followed up: `onTime`, `late` (started after the due date), `overdue` (none yet, due date passed), `pending`. */
export type FirstPlacementStatus = 'onTime' | 'late' | 'overdue' | 'pending';

export interface CommitmentComplianceView {
  readonly commitmentId: string;
  readonly criterionId: string;
  readonly placementType: CommitmentComplianceDocument['placementType'];
  readonly reportingSchedule: CommitmentComplianceDocument['reportingSchedule'];
  /** `due`: periods that are over; `received`: reports given; `overdue`: marked overdue and still missing. */
  readonly reports: { readonly due: number; readonly received: number; readonly overdue: number; readonly late: number; readonly periods: readonly ReportPeriodView[] };
  /** Null for a criterion without placements or without a due time. */
  readonly firstPlacement: {
    readonly dueDate: CalendarDate;
    readonly startedOn: CalendarDate | null;
    /** Days from the contract start to the first start (or to today while none started). */
    readonly days: number;
    readonly dueDays: number;
    readonly status: FirstPlacementStatus;
  } | null;
  readonly periodEndedOn: CalendarDate | null;
  readonly outcome: CommitmentComplianceDocument['outcome'];
}

export interface ContractComplianceView {
  readonly contractId: string;
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly status: ContractComplianceDocument['status'];
  readonly period: ContractComplianceDocument['period'];
  readonly startedOn: CalendarDate | null;
  readonly ended: ContractComplianceDocument['ended'];
  readonly commitments: readonly CommitmentComplianceView[];
  readonly followUpMeetings: ContractComplianceDocument['meetings'];
  readonly deviations: { readonly open: number; readonly items: readonly DeviationRecord[] };
  /** The deadline in force for each deviation not yet rectified, earliest first; `passed` once it is behind today. */
  readonly rectificationDeadlines: readonly { readonly deviationId: string; readonly deadline: CalendarDate; readonly passed: boolean }[];
  readonly penalties: { readonly imposed: number; readonly waived: number; readonly items: readonly PenaltyRecord[] };
  /** The contract stream's revision the view reflects. */
  readonly revision: number;
}

const samePeriod = (a: { start: string; end: string }, b: { start: string; end: string }) => a.start === b.start && a.end === b.end;

function reportsOf(commitment: CommitmentComplianceDocument, contractEnd: CalendarDate, today: CalendarDate): CommitmentComplianceView['reports'] {
  const schedule = commitment.contractStartDate === null ? [] : reportingPeriods(commitment.reportingSchedule, commitment.contractStartDate, contractEnd);
  const periods = schedule.map(({ start, end, dueDate }): ReportPeriodView => {
    const report = commitment.reports.find((candidate) => samePeriod(candidate.period, { start, end }));
    const marked = commitment.overdueReports.some((candidate) => samePeriod(candidate.period, { start, end }));
    const status: ReportStatus = report ? (marked ? 'receivedLate' : 'received') : marked ? 'overdue' : compareDates(end, today) < 0 ? 'due' : 'upcoming';
    return { start, end, dueDate, status, submittedAt: report?.submittedAt ?? null };
  });
  const count = (...statuses: ReportStatus[]) => periods.filter((period) => statuses.includes(period.status)).length;
  return { due: count('received', 'receivedLate', 'overdue', 'due'), received: count('received', 'receivedLate'), overdue: count('overdue'), late: count('receivedLate'), periods };
}

function firstPlacementOf(commitment: CommitmentComplianceDocument, today: CalendarDate): CommitmentComplianceView['firstPlacement'] {
  const start = commitment.contractStartDate;
  const dueDate = start === null ? undefined : firstPlacementDueDate(start, commitment.firstPlacementDueDays);
  if (start === null || dueDate === undefined || !commitment.unitsRequired) return null;
  const startedOn = commitment.firstPlacementStartedOn;
  const status: FirstPlacementStatus =
    startedOn !== null ? (compareDates(startedOn, dueDate) <= 0 ? 'onTime' : 'late') : commitment.firstPlacementOverdue !== null || compareDates(today, dueDate) > 0 ? 'overdue' : 'pending';
  const days = dayNumberOf(startedOn ?? today) - dayNumberOf(start);
  return { dueDate, startedOn, days, dueDays: commitment.firstPlacementDueDays ?? 0, status };
}

/**
 * GET /contracts/{id}/compliance: the contract's follow-up facts and, per commitment, its reports and
 * first placement against their due dates as of `today` (a Stockholm date from the Clock).
 */
export function contractComplianceView(
  contract: ContractComplianceDocument,
  commitments: readonly CommitmentComplianceDocument[],
  today: CalendarDate,
): ContractComplianceView {
  const open = contract.deviations.filter((deviation) => deviation.rectifiedOn === null);
  const deadlines = open
    .filter((deviation) => deviation.rectificationRequests.length > 0)
    .map((deviation) => {
      const deadline = deviation.rectificationRequests.at(-1)!.deadline;
      return { deviationId: deviation.deviationId, deadline, passed: compareDates(deadline, today) < 0 };
    })
    .sort((a, b) => compareDates(a.deadline, b.deadline) || a.deviationId.localeCompare(b.deviationId));
  const { id, procurementId, buyerUnitId, supplierId, status, period, startedOn, ended, meetings, penalties, revision } = contract;
  return {
    contractId: id, procurementId, buyerUnitId, supplierId, status, period, startedOn, ended,
    commitments: commitments.map((commitment) => ({
      commitmentId: commitment.id,
      criterionId: commitment.criterionId,
      placementType: commitment.placementType,
      reportingSchedule: commitment.reportingSchedule,
      reports: reportsOf(commitment, period.end, today),
      firstPlacement: firstPlacementOf(commitment, today),
      periodEndedOn: commitment.periodEndedOn,
      outcome: commitment.outcome,
    })),
    followUpMeetings: meetings,
    deviations: { open: open.length, items: contract.deviations },
    rectificationDeadlines: deadlines,
    penalties: { imposed: penalties.length, waived: penalties.filter((penalty) => penalty.waiver !== null).length, items: penalties },
    revision,
  };
}
