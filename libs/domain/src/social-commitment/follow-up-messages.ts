import type { Command, DomainEvent } from '../kernel';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

/** A reporting period of the commitment: counted from the contract start by its reporting schedule. */
export interface ReportPeriod {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** S8: a supplier report holds these four counts and nothing else (no names, no free text). */
export const REPORT_COUNT_FIELDS = ['offered', 'started', 'ongoing', 'completed'] as const;
export type ReportCounts = { readonly [field in (typeof REPORT_COUNT_FIELDS)[number]]: number };

/**
 * The contract's supplier reports on one period (S8). The handler puts in the verified supplier id and
 * the contract's end, read from the contract stream: the last period ends with the contract.
 */
export type SubmitSupplierReport = Command<
  'SubmitSupplierReport',
  { readonly supplierId: string; readonly period: ReportPeriod; readonly counts: ReportCounts; readonly contractEnd: CalendarDate }
>;
/** Sent by a timer once the period's report is due and has not come (domain.md §6). */
export type MarkReportOverdue = Command<'MarkReportOverdue', { readonly period: ReportPeriod; readonly contractEnd: CalendarDate }>;
/** Sent by a timer once `firstPlacementDueDays` after the contract start have passed (S6). */
export type MarkFirstPlacementOverdue = Command<'MarkFirstPlacementOverdue', Record<string, never>>;
/** Sent by a timer when the contract period is over: the commitment is then judged (S7). */
export type EndCommitmentPeriod = Command<'EndCommitmentPeriod', { readonly periodEnd: CalendarDate }>;

export type CommitmentFollowUpCommand = SubmitSupplierReport | MarkReportOverdue | MarkFirstPlacementOverdue | EndCommitmentPeriod;

export type SupplierReportSubmitted = DomainEvent<'SupplierReportSubmitted', { readonly period: ReportPeriod; readonly counts: ReportCounts }>;
export type ReportOverdue = DomainEvent<'ReportOverdue', { readonly period: ReportPeriod; readonly dueDate: CalendarDate }>;
export type FirstPlacementOverdue = DomainEvent<'FirstPlacementOverdue', { readonly dueDate: CalendarDate }>;
export type CommitmentPeriodEnded = DomainEvent<'CommitmentPeriodEnded', { readonly date: CalendarDate }>;

/** How one placement was judged at the period's end (S7); counts only, no referral. */
export interface PlacementJudgement {
  readonly slotId: string;
  /** `interrupted` and an early completion are what UHM calls an employment that ended early. */
  readonly ended: 'completed' | 'interrupted' | 'ongoing';
  readonly startDate: CalendarDate;
  readonly monthsServed: number;
  readonly counts: boolean;
}

/** The judgement S7 gives at the period's end: the placements that count against the units required. */
export interface CommitmentJudgement {
  readonly unitsRequired: number;
  /** The agreed time per placement in months; absent when the criterion sets none. */
  readonly minMonths?: number;
  readonly placementsCounted: number;
  readonly placements: readonly PlacementJudgement[];
}

export type CommitmentFulfilled = DomainEvent<'CommitmentFulfilled', CommitmentJudgement>;
export type CommitmentBreached = DomainEvent<'CommitmentBreached', CommitmentJudgement>;

export type CommitmentFollowUpEvent =
  | SupplierReportSubmitted
  | ReportOverdue
  | FirstPlacementOverdue
  | CommitmentPeriodEnded
  | CommitmentFulfilled
  | CommitmentBreached;

const COMMAND_TYPES: ReadonlySet<string> = new Set<CommitmentFollowUpCommand['type']>([
  'SubmitSupplierReport',
  'MarkReportOverdue',
  'MarkFirstPlacementOverdue',
  'EndCommitmentPeriod',
]);
const EVENT_TYPES: ReadonlySet<string> = new Set<CommitmentFollowUpEvent['type']>([
  'SupplierReportSubmitted',
  'ReportOverdue',
  'FirstPlacementOverdue',
  'CommitmentPeriodEnded',
  'CommitmentFulfilled',
  'CommitmentBreached',
]);

export function isCommitmentFollowUpCommand(command: { readonly type: string }): command is CommitmentFollowUpCommand {
  return COMMAND_TYPES.has(command.type);
}

export function isCommitmentFollowUpEvent(event: { readonly type: string }): event is CommitmentFollowUpEvent {
  return EVENT_TYPES.has(event.type);
}
