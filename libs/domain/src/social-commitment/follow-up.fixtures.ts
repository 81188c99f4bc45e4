import { addDays, stockholmStartOf } from '../calendar';
import type { Actor, Instant } from '../kernel';
import { placementCriterion } from '../procurement/procurement.fixtures';
import { activated, established } from './commitment.fixtures';
import type {
  CommitmentPeriodEnded, EndCommitmentPeriod, FirstPlacementOverdue, MarkFirstPlacementOverdue, MarkReportOverdue, ReportCounts, ReportOverdue,
  ReportPeriod, SubmitSupplierReport, SupplierReportSubmitted,
} from './follow-up-messages';

// Test data for the commitment follow-up specs (not exported from the lib): the Gotland commitment, its
// contract running from 1 June 2026 to 31 May 2028, reported quarterly.

export const CONTRACT_END = '2028-05-31';
export const Q1: ReportPeriod = { start: '2026-06-01', end: '2026-08-31' };
export const Q2: ReportPeriod = { start: '2026-09-01', end: '2026-11-30' };
export const COUNTS: ReportCounts = { offered: 3, started: 1, ongoing: 1, completed: 0 };
const system: Actor = { userId: 'kravspar', role: 'system', unitId: 'kravspar' };
const supplier: Actor = { userId: 'sup-1', role: 'supplier', unitId: 'supplier', supplierId: 's1' };

/** The commitment established and active since 1 June 2026. */
export const active = () => [established(), activated()];
/** The same for one employment of 6 months (UHM 11554, alternative a). */
export const employmentCriterion = { ...placementCriterion, criterionId: 'crit-employment', placementType: 'employment' as const, unitsRequired: 1, minMonths: 6 };
export const activeEmployment = () => [established({ criterion: employmentCriterion }), activated()];

export const submitReport = (period: ReportPeriod = Q1, counts: ReportCounts = COUNTS, now: Instant = '2026-09-15T10:00:00+02:00', supplierId = 's1'): SubmitSupplierReport => ({
  type: 'SubmitSupplierReport',
  data: { supplierId, period, counts, contractEnd: CONTRACT_END },
  metadata: { actor: supplier, now },
});
export const reportSubmitted = (period: ReportPeriod = Q1, counts: ReportCounts = COUNTS, at: Instant = '2026-09-15T10:00:00+02:00'): SupplierReportSubmitted => ({
  type: 'SupplierReportSubmitted',
  data: { period, counts },
  metadata: { occurredAt: at, ruleRefs: ['S8', 'T1'] },
});

export const markOverdue = (period: ReportPeriod = Q1, now: Instant = '2026-10-01T00:00:01+02:00'): MarkReportOverdue => ({
  type: 'MarkReportOverdue',
  data: { period, contractEnd: CONTRACT_END },
  metadata: { actor: system, now },
});
export const reportOverdue = (period: ReportPeriod = Q1, dueDate = '2026-09-30'): ReportOverdue => ({
  type: 'ReportOverdue',
  data: { period, dueDate },
  metadata: { occurredAt: stockholmStartOf(addDays(dueDate, 1)), ruleRefs: ['S8', 'T1'] },
});

export const markFirstPlacementOverdue = (now: Instant = '2026-11-29T00:00:01+01:00'): MarkFirstPlacementOverdue => ({
  type: 'MarkFirstPlacementOverdue',
  data: {},
  metadata: { actor: system, now },
});
export const firstPlacementOverdue = (dueDate = '2026-11-28'): FirstPlacementOverdue => ({
  type: 'FirstPlacementOverdue',
  data: { dueDate },
  metadata: { occurredAt: '2026-11-28T23:00:00.000Z', ruleRefs: ['S6', 'T1'] },
});

export const endPeriod = (periodEnd = CONTRACT_END, now: Instant = '2028-06-01T00:00:01+02:00'): EndCommitmentPeriod => ({
  type: 'EndCommitmentPeriod',
  data: { periodEnd },
  metadata: { actor: system, now },
});
export const periodEnded = (date = CONTRACT_END): CommitmentPeriodEnded => ({
  type: 'CommitmentPeriodEnded',
  data: { date },
  metadata: { occurredAt: stockholmStartOf(addDays(date, 1)), ruleRefs: ['T1'] },
});
