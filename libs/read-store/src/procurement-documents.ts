import type { Queryable } from './queryable';

/**
 * A procurement document with the columns the list filters and sorts on. The document itself is opaque
 * here (its shape belongs to the read models); the columns are copies of some of its fields.
 */
export interface StoredProcurement<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly status: string;
  readonly buyerUnitId: string;
  readonly title: string;
  /** Set once published; suppliers see only procurements that were published. */
  readonly publishedAt: string | null;
  readonly tenderDeadline: string | null;
  readonly socialCriteriaCount: number;
  readonly updatedAt: string;
  readonly document: Document;
}

/**
 * The document of one procurement, its row locked until the transaction ends, so that two projector
 * processes cannot both fold an event into the same old document. Use inside a transaction.
 */
export async function loadProcurementForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM procurements_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/**
 * Inserts or replaces the procurement's row. A row already at the same or a later revision is kept: the
 * database refuses to move a document backwards even if a caller tries.
 */
export async function saveProcurement(db: Queryable, procurement: StoredProcurement): Promise<void> {
  await db.query(
    `INSERT INTO procurements_v1 (id, revision, status, buyer_unit_id, title, published_at, tender_deadline,
                                  social_criteria_count, document, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (id) DO UPDATE SET
       revision = excluded.revision, status = excluded.status, buyer_unit_id = excluded.buyer_unit_id,
       title = excluded.title, published_at = excluded.published_at, tender_deadline = excluded.tender_deadline,
       social_criteria_count = excluded.social_criteria_count, document = excluded.document,
       updated_at = excluded.updated_at
     WHERE procurements_v1.revision < excluded.revision`,
    [
      procurement.id,
      procurement.revision,
      procurement.status,
      procurement.buyerUnitId,
      procurement.title,
      procurement.publishedAt,
      procurement.tenderDeadline,
      procurement.socialCriteriaCount,
      JSON.stringify(procurement.document),
      procurement.updatedAt,
    ],
  );
}

/** The document of one procurement, or undefined when the read model has none. */
export async function findProcurement<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM procurements_v1 WHERE id = $1', [id]);
  return result.rows[0]?.document;
}
