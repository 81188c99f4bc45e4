import type {
  Cancellation,
  Instant,
  Money,
  Procedure,
  Regime,
  SocialCriterion,
} from '@kravspar/domain';

/** The statuses the read model knows; later lifecycle stages join as their events are projected. */
export const PROCUREMENT_DOCUMENT_STATUSES = ['Planning', 'Published', 'Cancelled'] as const;
export type ProcurementDocumentStatus = (typeof PROCUREMENT_DOCUMENT_STATUSES)[number];

/** GET /procurements/{id}: one procurement as the departments see it (domain.md §4, list / detail). */
export interface ProcurementDocument {
  readonly id: string;
  readonly title: string;
  readonly status: ProcurementDocumentStatus;
  readonly buyerUnitId: string;
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly estimatedValue: Money;
  readonly cpv?: string;
  readonly socialCriteria: readonly SocialCriterion[];
  readonly publishedAt?: Instant;
  readonly tenderDeadline?: Instant;
  readonly questionsDeadline?: Instant;
  readonly electronicTenders?: boolean;
  readonly noticeRef?: string;
  /** The P2 minimum (days) the tender deadline was checked against at publication. */
  readonly minimumTenderDays?: number;
  readonly cancellation?: Cancellation;
  /** Part of the contract already; stays null until award notifications are projected (P7). */
  readonly standstillLastDay: null;
  /** Part of the contract already; stays empty until review events are projected (P8). */
  readonly reviews: readonly [];
  /** Part of the contract already; stays empty until bid events are projected (P5 then limits who sees them). */
  readonly bids: readonly [];
  /** The revision of the procurement stream this document reflects (the `ETag`). */
  readonly revision: number;
  /** When the last event applied was recorded. */
  readonly updatedAt: Instant;
}

/** One row of GET /procurements. */
export interface ProcurementListItem {
  readonly id: string;
  readonly title: string;
  readonly status: ProcurementDocumentStatus;
  readonly buyerUnitId: string;
  /** Null until the procurement is published. */
  readonly tenderDeadline: Instant | null;
  readonly socialCriteriaCount: number;
  readonly revision: number;
}

export function toListItem(document: ProcurementDocument): ProcurementListItem {
  return {
    id: document.id,
    title: document.title,
    status: document.status,
    buyerUnitId: document.buyerUnitId,
    tenderDeadline: document.tenderDeadline ?? null,
    socialCriteriaCount: document.socialCriteria.length,
    revision: document.revision,
  };
}
