import type { Queryable } from './queryable';

/** api.md §Conventions: lists serve at most 200 items a page. */
export const MAX_PAGE_SIZE = 200;

/** api.md §Conventions: `{items, page, pageSize, total}`, `page` 1-based. */
export interface Page<Item> {
  readonly items: Item[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

export interface ProcurementListFilter {
  readonly status?: string;
  readonly buyerUnitId?: string;
  /** Only procurements that were published (what a supplier may see). */
  readonly publishedOnly?: boolean;
  /** 1-based. */
  readonly page: number;
  /** 1 to MAX_PAGE_SIZE. */
  readonly pageSize: number;
}

export interface ProcurementListRow {
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly underReview: boolean;
  readonly buyerUnitId: string;
  readonly tenderDeadline: string | null;
  readonly socialCriteriaCount: number;
  /** Secret under P5 until `bidsDisclosed`: the query side decides who sees it. */
  readonly bidCount: number;
  readonly bidsDisclosed: boolean;
  readonly revision: number;
}

/**
 * One page of procurements, most recently changed first. The count and the page come from one statement,
 * so `total` and `items` describe the same snapshot.
 */
export async function listProcurements(db: Queryable, filter: ProcurementListFilter): Promise<Page<ProcurementListRow>> {
  const { page, pageSize } = filter;
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number ≥ 1, got ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  const params: unknown[] = [];
  const where: string[] = ['true'];
  if (filter.status !== undefined) where.push(`status = $${params.push(filter.status)}`);
  if (filter.buyerUnitId !== undefined) where.push(`buyer_unit_id = $${params.push(filter.buyerUnitId)}`);
  if (filter.publishedOnly) where.push('published_at IS NOT NULL');
  const limit = `$${params.push(pageSize)}`;
  const offset = `$${params.push((page - 1) * pageSize)}`;
  // The tender deadline is taken from the document, where it keeps the offset it was written with.
  const result = await db.query<{ total: number; items: ProcurementListRow[] }>(
    `WITH filtered AS (SELECT * FROM procurements_v2 WHERE ${where.join(' AND ')}),
          page AS (SELECT * FROM filtered ORDER BY updated_at DESC, id LIMIT ${limit} OFFSET ${offset})
     SELECT (SELECT count(*)::int FROM filtered) AS total,
            coalesce(jsonb_agg(jsonb_build_object(
              'id', id, 'title', title, 'status', status, 'underReview', under_review, 'buyerUnitId', buyer_unit_id,
              'tenderDeadline', document->'tenderDeadline', 'socialCriteriaCount', social_criteria_count,
              'bidCount', bid_count, 'bidsDisclosed', bids_disclosed, 'revision', revision) ORDER BY updated_at DESC, id), '[]'::jsonb) AS items
       FROM page`,
    params,
  );
  const { total, items } = result.rows[0];
  return { items, page, pageSize, total };
}
