import type { ContractEvent } from '@kravspar/domain';
import { contractIdOf } from '../contract';
import type { ProjectedEvent } from '../projected-event';
import type { ContractComplianceDocument, DeviationRecord, PenaltyRecord } from './compliance-document';

type Known = ContractEvent;

function updateDeviation(document: ContractComplianceDocument, id: string, change: (deviation: DeviationRecord) => DeviationRecord): ContractComplianceDocument {
  return { ...document, deviations: document.deviations.map((deviation) => (deviation.deviationId === id ? change(deviation) : deviation)) };
}

function updatePenalty(document: ContractComplianceDocument, id: string, change: (penalty: PenaltyRecord) => PenaltyRecord): ContractComplianceDocument {
  return { ...document, penalties: document.penalties.map((penalty) => (penalty.penaltyId === id ? change(penalty) : penalty)) };
}

/** The document after one follow-up event; the registration is handled by the caller. */
function applied(document: ContractComplianceDocument, known: Known, event: ProjectedEvent): ContractComplianceDocument {
  switch (known.type) {
    case 'ContractRegistered':
      return document;
    case 'ContractStarted':
      return { ...document, status: 'Started', startedOn: known.data.date };
    case 'FollowUpMeetingHeld':
      return { ...document, meetings: [...document.meetings, { heldAt: known.data.heldAt, participants: known.data.participants }] };
    case 'DeviationRecorded': {
      const { deviationId, observedAt, criterionId, severity, description } = known.data;
      const deviation: DeviationRecord = { deviationId, observedAt, criterionId, severity, description, rectificationRequests: [], rectifiedOn: null };
      return { ...document, deviations: [...document.deviations, deviation] };
    }
    case 'RectificationRequested':
      return updateDeviation(document, known.data.deviationId, (deviation) => ({
        ...deviation,
        rectificationRequests: [...deviation.rectificationRequests, { deadline: known.data.deadline, requestedAt: event.metadata.occurredAt }],
      }));
    case 'DeviationRectified':
      return updateDeviation(document, known.data.deviationId, (deviation) => ({ ...deviation, rectifiedOn: known.data.date }));
    case 'PenaltyImposed': {
      const { penaltyId, deviationId, criterionId, sanction, amount } = known.data;
      const penalty: PenaltyRecord = { penaltyId, deviationId, criterionId, sanction, amount, imposedAt: event.metadata.occurredAt, waiver: null };
      return { ...document, penalties: [...document.penalties, penalty] };
    }
    case 'PenaltyWaived': {
      const waiver = { justification: known.data.justification, waivedAt: event.metadata.occurredAt, byRole: event.metadata.actor.role };
      return updatePenalty(document, known.data.penaltyId, (penalty) => ({ ...penalty, waiver }));
    }
    case 'ContractTerminated':
      return { ...document, status: 'Terminated', ended: { date: known.data.date, reason: known.data.reason } };
    case 'ContractCompleted':
      return { ...document, status: 'Completed', ended: { date: known.data.date } };
    default:
      // A type this version does not know (e.g. `ContractOptionExercised`) changes nothing but the revision.
      return document;
  }
}

/**
 * Folds one event of a contract stream into its compliance document. Pure and idempotent by revision: an
 * event at or below the document's revision returns the document unchanged.
 */
export function projectContractCompliance(document: ContractComplianceDocument | undefined, event: ProjectedEvent): ContractComplianceDocument | undefined {
  if (document && event.revision <= document.revision) return document;
  // Stored data was produced by the decider for this type; the store hands it back as plain JSON.
  const known = event as unknown as Known;
  if (known.type === 'ContractRegistered') {
    if (document) return document;
    const { procurementId, buyerUnitId, supplierId, period } = known.data;
    return {
      id: contractIdOf(event.streamId), procurementId, buyerUnitId, supplierId,
      period: { start: period.start, end: period.end }, startedOn: null, status: 'Registered', ended: null,
      meetings: [], deviations: [], penalties: [], revision: event.revision, updatedAt: event.metadata.recordedAt,
    };
  }
  if (!document) return undefined;
  return { ...applied(document, known, event), revision: event.revision, updatedAt: event.metadata.recordedAt };
}
