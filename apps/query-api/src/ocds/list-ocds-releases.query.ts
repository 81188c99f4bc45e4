import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DATABASE_POOL } from '@kravspar/postgres';
import { releasePackage, type OcdsRelease, type OcdsReleasePackage } from '@kravspar/read-models';
import { listOcdsReleases } from '@kravspar/read-store';
import { publicationOf } from './ocds-publication';

export interface OcdsReleasePage {
  readonly package: OcdsReleasePackage;
  readonly total: number;
  readonly hasMore: boolean;
}

/** GET /ocds/releases: a page of the release feed in log order. */
export class ListOcdsReleasesQuery extends Query<OcdsReleasePage> {
  constructor(
    readonly uri: string,
    readonly criteria: { readonly since?: string; readonly page: number; readonly pageSize: number },
  ) {
    super();
  }
}

@QueryHandler(ListOcdsReleasesQuery)
export class ListOcdsReleasesHandler implements IQueryHandler<ListOcdsReleasesQuery> {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ uri, criteria }: ListOcdsReleasesQuery): Promise<OcdsReleasePage> {
    const since = criteria.since === undefined ? undefined : new Date(criteria.since).toISOString();
    const { releases, total, latestRecordedAt } = await listOcdsReleases<OcdsRelease>(this.pool, { ...criteria, since });
    const publication = await publicationOf(this.settings, this.clock, uri, latestRecordedAt);
    return { package: releasePackage(releases, publication), total, hasMore: criteria.page * criteria.pageSize < total };
  }
}
