import type { ProcurementEvent, ProcurementEventType } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import type { BidView, ProcurementDocument, ReviewView } from './procurement-document';

/** How one event type changes an existing document; revision, counts and `updatedAt` are set by the caller. */
export type DocumentHandler<T extends ProcurementEventType> = (
  document: ProcurementDocument,
  event: Extract<ProcurementEvent, { type: T }>,
  stored: ProjectedEvent,
) => ProcurementDocument;

/** A group of handlers, one per event type of the group. */
export type DocumentHandlers<T extends ProcurementEventType> = { readonly [K in T]: DocumentHandler<K> };

/** The document with `change` applied to the bid `bidId`; other bids, and an unknown id, stay as they are. */
export function updateBid(
  document: ProcurementDocument,
  bidId: string,
  change: (bid: BidView) => BidView,
): ProcurementDocument {
  return { ...document, bids: document.bids.map((bid) => (bid.bidId === bidId ? change(bid) : bid)) };
}

/** The document with `change` applied to the review of case `caseNo`. */
export function updateReview(
  document: ProcurementDocument,
  caseNo: string,
  change: (review: ReviewView) => ReviewView,
): ProcurementDocument {
  return { ...document, reviews: document.reviews.map((review) => (review.caseNo === caseNo ? change(review) : review)) };
}

/** P5 secrecy ends once, at the first act that ends it; a later one does not move the time. */
export function disclosedAt(document: ProcurementDocument, at: string): Pick<ProcurementDocument, 'bidsDisclosedAt'> {
  return { bidsDisclosedAt: document.bidsDisclosedAt ?? at };
}
