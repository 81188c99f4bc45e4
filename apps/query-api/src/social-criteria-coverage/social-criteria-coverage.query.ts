import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import { socialCriteriaCoverage, type CoverageItem } from '@kravspar/read-models';
import { listCoverageRows } from '@kravspar/read-store';

export interface SocialCriteriaCoverage {
  readonly items: CoverageItem[];
}

/**
 * GET /kpis/social-criteria-coverage: per department and year of publication, the share of procurements
 * with social criteria (by instrument) and the share of their contracts followed up. Counts only.
 */
export class GetSocialCriteriaCoverageQuery extends Query<SocialCriteriaCoverage> {
  constructor(readonly year?: number) {
    super();
  }
}

@QueryHandler(GetSocialCriteriaCoverageQuery)
export class GetSocialCriteriaCoverageHandler implements IQueryHandler<GetSocialCriteriaCoverageQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ year }: GetSocialCriteriaCoverageQuery): Promise<SocialCriteriaCoverage> {
    return { items: socialCriteriaCoverage(await listCoverageRows(this.pool, year)) };
  }
}
