import type { CommitmentEvent } from '@kravspar/domain';
import { commitmentIdOf } from '../contract';
import type { ProjectedEvent } from '../projected-event';
import type { CommitmentComplianceDocument } from './compliance-document';

type Known = CommitmentEvent;
type Established = Extract<Known, { type: 'CommitmentEstablished' }>;

function established(known: Established, event: ProjectedEvent): CommitmentComplianceDocument {
  const { contractId, criterion } = known.data;
  return {
    id: commitmentIdOf(event.streamId),
    contractId,
    criterionId: criterion.criterionId,
    placementType: criterion.placementType ?? null,
    unitsRequired: criterion.unitsRequired ?? null,
    minMonths: criterion.minMonths ?? null,
    firstPlacementDueDays: criterion.firstPlacementDueDays ?? null,
    reportingSchedule: criterion.reportingSchedule ?? null,
    contractStartDate: null,
    reports: [],
    overdueReports: [],
    firstPlacementStartedOn: null,
    firstPlacementOverdue: null,
    periodEndedOn: null,
    outcome: null,
    revision: event.revision,
    updatedAt: event.metadata.recordedAt,
  };
}

/** The document after one event; slot events other than a start change nothing here. */
function applied(document: CommitmentComplianceDocument, known: Known, event: ProjectedEvent): CommitmentComplianceDocument {
  switch (known.type) {
    case 'CommitmentActivated':
      return { ...document, contractStartDate: known.data.contractStartDate };
    case 'PlacementStarted': {
      const earliest = document.firstPlacementStartedOn;
      return earliest !== null && earliest <= known.data.date ? document : { ...document, firstPlacementStartedOn: known.data.date };
    }
    case 'SupplierReportSubmitted':
      return { ...document, reports: [...document.reports, { period: known.data.period, counts: known.data.counts, submittedAt: event.metadata.occurredAt }] };
    case 'ReportOverdue':
      return { ...document, overdueReports: [...document.overdueReports, { period: known.data.period, dueDate: known.data.dueDate }] };
    case 'FirstPlacementOverdue':
      return { ...document, firstPlacementOverdue: known.data.dueDate };
    case 'CommitmentPeriodEnded':
      return { ...document, periodEndedOn: known.data.date };
    case 'CommitmentFulfilled':
    case 'CommitmentBreached': {
      const status = known.type === 'CommitmentFulfilled' ? 'Fulfilled' : 'Breached';
      return { ...document, outcome: { status, placementsCounted: known.data.placementsCounted, unitsRequired: known.data.unitsRequired } };
    }
    default:
      return document;
  }
}

/**
 * Folds one event of a commitment stream into its compliance document (reports, overdue marks, the first
 * placement, the end). Pure and idempotent by revision.
 */
export function projectCommitmentCompliance(document: CommitmentComplianceDocument | undefined, event: ProjectedEvent): CommitmentComplianceDocument | undefined {
  if (document && event.revision <= document.revision) return document;
  const known = event as unknown as Known;
  if (known.type === 'CommitmentEstablished') return document ?? established(known, event);
  if (!document) return undefined;
  return { ...applied(document, known, event), revision: event.revision, updatedAt: event.metadata.recordedAt };
}
