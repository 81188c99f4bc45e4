import type { DeviationSeverity, Instant, MeetingRole, Money, PlacementType, ReportCounts, ReportingSchedule, Role } from '@kravspar/domain';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

export const COMPLIANCE_CONTRACT_STATUSES = ['Registered', 'Started', 'Terminated', 'Completed'] as const;
export type ComplianceContractStatus = (typeof COMPLIANCE_CONTRACT_STATUSES)[number];

export interface DeviationRecord {
  readonly deviationId: string;
  readonly observedAt: Instant;
  readonly criterionId: string;
  readonly severity: DeviationSeverity;
  readonly description: string;
  readonly rectificationRequests: readonly { readonly deadline: CalendarDate; readonly requestedAt: Instant }[];
  readonly rectifiedOn: CalendarDate | null;
}

export interface PenaltyRecord {
  readonly penaltyId: string;
  readonly deviationId: string;
  readonly criterionId: string;
  readonly sanction: string;
  readonly amount: Money;
  readonly imposedAt: Instant;
  /** The waiver with its justification, as auditors must see it; null while the penalty stands. */
  readonly waiver: { readonly justification: string; readonly waivedAt: Instant; readonly byRole: Role } | null;
}

/** The contract stream as the compliance view needs it: its period, meetings, deviations, penalties, end. */
export interface ContractComplianceDocument {
  readonly id: string;
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly startedOn: CalendarDate | null;
  readonly status: ComplianceContractStatus;
  readonly ended: { readonly date: CalendarDate; readonly reason?: string } | null;
  readonly meetings: readonly { readonly heldAt: Instant; readonly participants: readonly MeetingRole[] }[];
  readonly deviations: readonly DeviationRecord[];
  readonly penalties: readonly PenaltyRecord[];
  readonly revision: number;
  readonly updatedAt: Instant;
}

/** One commitment stream as the compliance view needs it: its terms, reports, overdue marks and end. */
export interface CommitmentComplianceDocument {
  readonly id: string;
  readonly contractId: string;
  readonly criterionId: string;
  readonly placementType: PlacementType | null;
  readonly unitsRequired: number | null;
  readonly minMonths: number | null;
  readonly firstPlacementDueDays: number | null;
  readonly reportingSchedule: ReportingSchedule | null;
  /** From `CommitmentActivated`; null before the contract started. */
  readonly contractStartDate: CalendarDate | null;
  readonly reports: readonly { readonly period: { readonly start: CalendarDate; readonly end: CalendarDate }; readonly counts: ReportCounts; readonly submittedAt: Instant }[];
  readonly overdueReports: readonly { readonly period: { readonly start: CalendarDate; readonly end: CalendarDate }; readonly dueDate: CalendarDate }[];
  /** The earliest `PlacementStarted` date. */
  readonly firstPlacementStartedOn: CalendarDate | null;
  /** The S6 due date, once `FirstPlacementOverdue` was recorded. */
  readonly firstPlacementOverdue: CalendarDate | null;
  readonly periodEndedOn: CalendarDate | null;
  readonly outcome: { readonly status: 'Fulfilled' | 'Breached'; readonly placementsCounted: number; readonly unitsRequired: number } | null;
  readonly revision: number;
  readonly updatedAt: Instant;
}
