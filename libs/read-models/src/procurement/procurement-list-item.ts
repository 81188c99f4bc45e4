import type { Instant } from '@kravspar/domain';
import type { ProcurementDocument, ProcurementDocumentStatus } from './procurement-document';

/** One row of GET /procurements. */
export interface ProcurementListItem {
  readonly id: string;
  readonly title: string;
  readonly status: ProcurementDocumentStatus;
  readonly underReview: boolean;
  readonly buyerUnitId: string;
  /** Null until the procurement is published. */
  readonly tenderDeadline: Instant | null;
  readonly socialCriteriaCount: number;
  /** Bids in the running; null where P5 withholds it from the reader. */
  readonly bidCount: number | null;
  readonly revision: number;
}

/** The list row as stored: the item plus what query-api needs to apply P5 to it. */
export interface ProcurementListEntry extends ProcurementListItem {
  readonly bidCount: number;
  readonly bidsDisclosed: boolean;
}

export function toListEntry(document: ProcurementDocument): ProcurementListEntry {
  return {
    id: document.id,
    title: document.title,
    status: document.status,
    underReview: document.underReview,
    buyerUnitId: document.buyerUnitId,
    tenderDeadline: document.tenderDeadline ?? null,
    socialCriteriaCount: document.socialCriteria.length,
    bidCount: document.bidCount ?? 0,
    bidsDisclosed: document.bidsDisclosedAt !== undefined,
    revision: document.revision,
  };
}
