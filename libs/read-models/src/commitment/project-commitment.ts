import type { CommitmentEvent } from '@kravspar/domain';
import { commitmentIdOf } from '../contract';
import type { ProjectedEvent } from '../projected-event';
import type { CommitmentDocument } from './commitment-document';
import { placementFunnel } from './placement-funnel';
import { slotHandlers } from './slot-handlers';

type SlotEventType = keyof typeof slotHandlers;
type SlotEvent = Extract<CommitmentEvent, { type: SlotEventType }>;

/**
 * Folds one event of a commitment stream into the commitment document. Pure and idempotent by revision:
 * an event at or below the document's revision returns the document unchanged. An event type this version
 * does not know (reports, overdue marks, the commitment's end) leaves the document as it is.
 */
export function projectCommitment(
  document: CommitmentDocument | undefined,
  event: ProjectedEvent,
): CommitmentDocument | undefined {
  if (document && event.revision <= document.revision) return document;
  // Stored data was produced by the decider for this type; the store hands it back as plain JSON.
  const known = event as unknown as CommitmentEvent;
  if (known.type === 'CommitmentEstablished') return document ?? established(known, event);
  if (!document) return undefined;
  let next: CommitmentDocument;
  if (known.type === 'CommitmentActivated') {
    next = { ...document, status: 'Active', activatedOn: known.data.contractStartDate };
  } else if (Object.hasOwn(slotHandlers, known.type)) {
    next = applySlotEvent(document, known as SlotEvent, event);
  } else {
    return document;
  }
  // Derived here once rather than in every slot handler.
  return { ...next, funnel: placementFunnel(next.criterion, next.slots), revision: event.revision, updatedAt: event.metadata.recordedAt };
}

function applySlotEvent(document: CommitmentDocument, event: SlotEvent, stored: ProjectedEvent): CommitmentDocument {
  const handler = slotHandlers[event.type] as (d: CommitmentDocument, e: SlotEvent, s: ProjectedEvent) => CommitmentDocument;
  return handler(document, event, stored);
}

function established(
  event: Extract<CommitmentEvent, { type: 'CommitmentEstablished' }>,
  stored: ProjectedEvent,
): CommitmentDocument {
  const { commitmentId: _inTheStreamId, contractId, procurementId, buyerUnitId, supplierId, criterion, signedOn } = event.data;
  return {
    id: commitmentIdOf(stored.streamId),
    contractId,
    procurementId,
    buyerUnitId,
    supplierId,
    criterion,
    signedOn,
    year: Number(signedOn.slice(0, 4)),
    status: 'Established',
    activatedOn: null,
    slots: [],
    funnel: placementFunnel(criterion, []),
    revision: stored.revision,
    updatedAt: stored.metadata.recordedAt,
  };
}
