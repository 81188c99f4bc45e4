import {
  PROCUREMENT_STREAM_CATEGORY,
  type ProcurementEvent,
  type ProcurementEventType,
} from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import type { ProcurementDocument } from './procurement-document';

const STREAM_PREFIX = `${PROCUREMENT_STREAM_CATEGORY}-`;

/** The procurement id of a `procurement-<id>` stream: the key of its documents and timeline. */
export function procurementIdOf(streamId: string): string {
  if (!streamId.startsWith(STREAM_PREFIX)) throw new Error(`not a procurement stream: ${streamId}`);
  return streamId.slice(STREAM_PREFIX.length);
}

// A record rather than a list, so that the compiler insists on every event type of the stream.
const PROJECTED_TYPES: Record<ProcurementEventType, true> = {
  ProcurementInitiated: true,
  SocialCriterionAdded: true,
  ProcurementPublished: true,
  ProcurementCancelled: true,
};

function isProcurementEvent(event: ProjectedEvent): boolean {
  return Object.hasOwn(PROJECTED_TYPES, event.type);
}

/**
 * Folds one stored event into the procurement document. Pure and idempotent: an event at or below the
 * document's revision returns the document unchanged, so a redelivered event changes nothing. An event
 * type this version does not know leaves the document as it is, revision included; a new version of the
 * read model (rebuilt from position 0) picks such events up.
 */
export function projectProcurement(
  document: ProcurementDocument | undefined,
  event: ProjectedEvent,
): ProcurementDocument | undefined {
  if (document && event.revision <= document.revision) return document;
  if (!isProcurementEvent(event)) return document;
  // Stored data was produced by the decider for this type; the store hands it back as plain JSON.
  const known = event as unknown as ProcurementEvent;
  const next = applyEvent(document, known, event);
  return next && { ...next, revision: event.revision, updatedAt: event.metadata.recordedAt };
}

function applyEvent(
  document: ProcurementDocument | undefined,
  event: ProcurementEvent,
  stored: ProjectedEvent,
): ProcurementDocument | undefined {
  switch (event.type) {
    case 'ProcurementInitiated': {
      if (document) return document;
      const { procurementId: _inTheStreamId, ...details } = event.data;
      return {
        ...details,
        id: procurementIdOf(stored.streamId),
        status: 'Planning',
        socialCriteria: [],
        standstillLastDay: null,
        reviews: [],
        bids: [],
        revision: stored.revision,
        updatedAt: stored.metadata.recordedAt,
      };
    }
    case 'SocialCriterionAdded': {
      if (!document) return undefined;
      const criterion = event.data;
      const others = document.socialCriteria.filter((c) => c.criterionId !== criterion.criterionId);
      return { ...document, socialCriteria: [...others, criterion] };
    }
    case 'ProcurementPublished': {
      if (!document) return undefined;
      const { publishedAt, tenderDeadline, questionsDeadline, electronicTenders, noticeRef, minimumTenderDays } =
        event.data;
      return {
        ...document,
        status: 'Published',
        publishedAt,
        tenderDeadline,
        electronicTenders,
        minimumTenderDays,
        ...(questionsDeadline === undefined ? {} : { questionsDeadline }),
        ...(noticeRef === undefined ? {} : { noticeRef }),
      };
    }
    case 'ProcurementCancelled': {
      if (!document) return undefined;
      const { reasonCategory, justification, cancelledAt } = event.data;
      return { ...document, status: 'Cancelled', cancellation: { reasonCategory, justification, cancelledAt } };
    }
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}
