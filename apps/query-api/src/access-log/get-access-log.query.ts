import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { Page } from '@kravspar/read-store';
import type { AccessKind, AccessLogEntry } from './access-log';

export interface AccessLogFilter {
  readonly kind?: AccessKind;
  readonly userId?: string;
  readonly objectId?: string;
  readonly from?: string;
  readonly to?: string;
}

/** GET /audit/access-log: the recorded reads, oldest first, filtered and paged. */
export class GetAccessLogQuery extends Query<Page<AccessLogEntry>> {
  constructor(
    readonly filter: AccessLogFilter,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}

interface AccessLogRow {
  id: string;
  read_at: Date;
  kind: AccessKind;
  user_id: string;
  role: string;
  unit_id: string | null;
  supplier_id: string | null;
  route: string;
  object_ids: string[];
  correlation_id: string | null;
  total: string;
}

// Each filter is a parameter that is either null (no filter) or compared, so one statement serves them all.
const MATCHING = `FROM access_log
  WHERE ($1::text IS NULL OR kind = $1)
    AND ($2::text IS NULL OR user_id = $2)
    AND ($3::text IS NULL OR object_ids @> ARRAY[$3::text])
    AND ($4::timestamptz IS NULL OR read_at >= $4)
    AND ($5::timestamptz IS NULL OR read_at < $5)`;

const filterParameters = (filter: AccessLogFilter) =>
  [filter.kind, filter.userId, filter.objectId, filter.from, filter.to].map((value) => value ?? null);

@QueryHandler(GetAccessLogQuery)
export class GetAccessLogHandler implements IQueryHandler<GetAccessLogQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ filter, page, pageSize }: GetAccessLogQuery): Promise<Page<AccessLogEntry>> {
    const { rows } = await this.pool.query<AccessLogRow>(
      `SELECT *, count(*) OVER () AS total ${MATCHING} ORDER BY read_at, id LIMIT $6 OFFSET $7`,
      [...filterParameters(filter), pageSize, (page - 1) * pageSize],
    );
    // A page past the end has no row to carry the total: count on its own then.
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(filter);
    return { items: rows.map(toEntry), page, pageSize, total };
  }

  private async count(filter: AccessLogFilter): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(`SELECT count(*) AS n ${MATCHING}`, filterParameters(filter));
    return Number(rows[0].n);
  }
}

function toEntry(row: AccessLogRow): AccessLogEntry {
  return {
    id: Number(row.id),
    readAt: row.read_at.toISOString(),
    kind: row.kind,
    actor: { userId: row.user_id, role: row.role, unitId: row.unit_id, supplierId: row.supplier_id },
    route: row.route,
    objectIds: row.object_ids,
    correlationId: row.correlation_id,
  };
}
