import type { Queryable } from './queryable';

/**
 * A procurement document with the columns the list filters, sorts and applies P5 on. The document itself
 * is opaque here (its shape belongs to the read models); the columns are copies of some of its fields.
 */
export interface StoredProcurement<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly status: string;
  readonly underReview: boolean;
  readonly buyerUnitId: string;
  readonly title: string;
  /** Set once published; suppliers see only procurements that were published. */
  readonly publishedAt: string | null;
  readonly tenderDeadline: string | null;
  readonly socialCriteriaCount: number;
  readonly bidCount: number;
  /** P5 secrecy has ended (award notification, cancellation or signing): the bid count is for everyone. */
  readonly bidsDisclosed: boolean;
  /** A Stockholm date; the standstill board sorts on it. */
  readonly standstillLastDay: string | null;
  readonly updatedAt: string;
  readonly document: Document;
}

/**
 * The document of one procurement, its row locked until the transaction ends, so that two projector
 * processes cannot both fold an event into the same old document. Use inside a transaction.
 */
export async function loadProcurementForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM procurements_v2 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/**
 * Inserts or replaces the procurement's row. A row already at the same or a later revision is kept: the
 * database refuses to move a document backwards even if a caller tries.
 */
export async function saveProcurement(db: Queryable, procurement: StoredProcurement): Promise<void> {
  await db.query(
    `INSERT INTO procurements_v2 (id, revision, status, under_review, buyer_unit_id, title, published_at, tender_deadline,
                                  social_criteria_count, bid_count, bids_disclosed, standstill_last_day, document, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (id) DO UPDATE SET
       revision = excluded.revision, status = excluded.status, under_review = excluded.under_review,
       buyer_unit_id = excluded.buyer_unit_id, title = excluded.title, published_at = excluded.published_at,
       tender_deadline = excluded.tender_deadline, social_criteria_count = excluded.social_criteria_count,
       bid_count = excluded.bid_count, bids_disclosed = excluded.bids_disclosed,
       standstill_last_day = excluded.standstill_last_day, document = excluded.document, updated_at = excluded.updated_at
     WHERE procurements_v2.revision < excluded.revision`,
    [
      procurement.id,
      procurement.revision,
      procurement.status,
      procurement.underReview,
      procurement.buyerUnitId,
      procurement.title,
      procurement.publishedAt,
      procurement.tenderDeadline,
      procurement.socialCriteriaCount,
      procurement.bidCount,
      procurement.bidsDisclosed,
      procurement.standstillLastDay,
      JSON.stringify(procurement.document),
      procurement.updatedAt,
    ],
  );
}

/** The document of one procurement, or undefined when the read model has none. */
export async function findProcurement<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM procurements_v2 WHERE id = $1', [id]);
  return result.rows[0]?.document;
}

/**
 * The documents of every procurement in standstill, the earliest last day first (the standstill board).
 * The board is a view of the procurement documents, so it can never disagree with the detail.
 */
export async function listProcurementsInStandstill<Document>(db: Queryable): Promise<Document[]> {
  const result = await db.query<{ document: Document }>(
    `SELECT document FROM procurements_v2
      WHERE status = 'Standstill' AND standstill_last_day IS NOT NULL
      ORDER BY standstill_last_day, id`,
  );
  return result.rows.map((row) => row.document);
}
