import type { Queryable } from './queryable';

/** The stages of the placement funnel, stored as columns so the KPIs are sums (domain.md §4). */
export interface FunnelCounts {
  readonly committed: number;
  readonly offered: number;
  readonly matched: number;
  readonly started: number;
  readonly ongoing: number;
  readonly completed: number;
  readonly interrupted: number;
}

const STAGES = ['committed', 'offered', 'matched', 'started', 'ongoing', 'completed', 'interrupted'] as const satisfies readonly (keyof FunnelCounts)[];

/** A commitment document with the columns the KPIs group, filter and sum on. The document is opaque here. */
export interface StoredCommitment<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly contractId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  /** The year of the contract's signing. */
  readonly year: number;
  /** Null for a criterion without placements, which the placement KPIs leave out. */
  readonly placementType: string | null;
  readonly funnel: FunnelCounts;
  readonly updatedAt: string;
  readonly document: Document;
}

/** One department's year: the funnels of its placement commitments added up. */
export interface PlacementKpiRow extends FunnelCounts {
  readonly unitId: string;
  readonly year: number;
}

/** The commitment document, its row locked until the transaction ends. Use inside a transaction. */
export async function loadCommitmentForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM commitments_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/** Inserts or replaces the commitment's row; a row already at the same or a later revision is kept. */
export async function saveCommitment(db: Queryable, commitment: StoredCommitment): Promise<void> {
  const { id, revision, contractId, buyerUnitId, supplierId, year, placementType, funnel, document, updatedAt } = commitment;
  await db.query(
    `INSERT INTO commitments_v1 (id, revision, contract_id, buyer_unit_id, supplier_id, year, placement_type,
                                 ${STAGES.join(', ')}, document, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (id) DO UPDATE SET
       revision = excluded.revision, contract_id = excluded.contract_id, buyer_unit_id = excluded.buyer_unit_id,
       supplier_id = excluded.supplier_id, year = excluded.year, placement_type = excluded.placement_type,
       ${STAGES.map((stage) => `${stage} = excluded.${stage}`).join(', ')},
       document = excluded.document, updated_at = excluded.updated_at
     WHERE commitments_v1.revision < excluded.revision`,
    [id, revision, contractId, buyerUnitId, supplierId, year, placementType, ...STAGES.map((stage) => funnel[stage]), JSON.stringify(document), updatedAt],
  );
}

/** The document of one commitment, or undefined when the read model has none. */
export async function findCommitment<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM commitments_v1 WHERE id = $1', [id]);
  return result.rows[0]?.document;
}

/**
 * The placement funnel per department (the contract owner) and year of signing, summed over the placement
 * commitments, optionally for one unit and/or one year; sorted by unit, then year.
 */
export async function sumPlacementFunnels(db: Queryable, filter: { unitId?: string; year?: number } = {}): Promise<PlacementKpiRow[]> {
  const params: unknown[] = [];
  const where = ['placement_type IS NOT NULL'];
  if (filter.unitId !== undefined) where.push(`buyer_unit_id = $${params.push(filter.unitId)}`);
  if (filter.year !== undefined) where.push(`year = $${params.push(filter.year)}`);
  const result = await db.query<PlacementKpiRow>(
    `SELECT buyer_unit_id AS "unitId", year, ${STAGES.map((stage) => `sum(${stage})::int AS ${stage}`).join(', ')}
       FROM commitments_v1 WHERE ${where.join(' AND ')}
      GROUP BY buyer_unit_id, year ORDER BY buyer_unit_id, year`,
    params,
  );
  return result.rows;
}
