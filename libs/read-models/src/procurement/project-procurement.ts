import {
  PROCUREMENT_STREAM_CATEGORY,
  type ProcurementEvent,
  type ProcurementEventType,
} from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import { awardHandlers } from './award-stage';
import type { ProcurementDocument } from './procurement-document';
import { contractHandlers } from './contract-stage';
import type { DocumentHandler } from './document-handler';
import { tenderHandlers } from './tender-stage';

const STREAM_PREFIX = `${PROCUREMENT_STREAM_CATEGORY}-`;

/** The procurement id of a `procurement-<id>` stream: the key of its documents and timeline. */
export function procurementIdOf(streamId: string): string {
  if (!streamId.startsWith(STREAM_PREFIX)) throw new Error(`not a procurement stream: ${streamId}`);
  return streamId.slice(STREAM_PREFIX.length);
}

type LaterEventType = Exclude<ProcurementEventType, 'ProcurementInitiated'>;

// A mapped record rather than a list, so that the compiler insists on a handler for every event type.
const HANDLERS: { readonly [T in LaterEventType]: DocumentHandler<T> } = {
  ...tenderHandlers,
  ...awardHandlers,
  ...contractHandlers,
};

function isLaterEvent(event: ProjectedEvent): boolean {
  return Object.hasOwn(HANDLERS, event.type);
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
  // Stored data was produced by the decider for this type; the store hands it back as plain JSON.
  const known = event as unknown as ProcurementEvent;
  if (known.type === 'ProcurementInitiated') return document ?? initiatedDocument(known, event);
  if (!document || !isLaterEvent(event)) return document;
  const next = applyWith(HANDLERS[known.type] as DocumentHandler<typeof known.type>, document, known, event);
  return {
    ...next,
    // Derived here once rather than in every handler that touches bids or reviews.
    bidCount: next.bids.filter((bid) => !bid.withdrawn).length,
    underReview: next.reviews.some((review) => review.decision === undefined),
    revision: event.revision,
    updatedAt: event.metadata.recordedAt,
  };
}

function applyWith<T extends LaterEventType>(
  handler: DocumentHandler<T>,
  document: ProcurementDocument,
  event: ProcurementEvent,
  stored: ProjectedEvent,
): ProcurementDocument {
  return handler(document, event as Extract<ProcurementEvent, { type: T }>, stored);
}

function initiatedDocument(
  event: Extract<ProcurementEvent, { type: 'ProcurementInitiated' }>,
  stored: ProjectedEvent,
): ProcurementDocument {
  const { procurementId: _inTheStreamId, ...details } = event.data;
  return {
    ...details,
    id: procurementIdOf(stored.streamId),
    status: 'Planning',
    underReview: false,
    socialCriteria: [],
    deadlineExtensions: [],
    clarifications: [],
    bids: [],
    bidCount: 0,
    standstillLastDay: null,
    reviews: [],
    corrections: [],
    revision: stored.revision,
    updatedAt: stored.metadata.recordedAt,
  };
}
