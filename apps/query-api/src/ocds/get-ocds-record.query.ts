import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DATABASE_POOL } from '@kravspar/postgres';
import { procurementIdOfOcid, recordPackage, type OcdsRecordPackage, type OcdsRelease } from '@kravspar/read-models';
import { findOcdsReleases } from '@kravspar/read-store';
import { publicationOf } from './ocds-publication';

/** GET /ocds/records/{ocid}: the record package of one contracting process. */
export class GetOcdsRecordQuery extends Query<OcdsRecordPackage> {
  constructor(
    readonly uri: string,
    readonly ocid: string,
  ) {
    super();
  }
}

@QueryHandler(GetOcdsRecordQuery)
export class GetOcdsRecordHandler implements IQueryHandler<GetOcdsRecordQuery> {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ uri, ocid }: GetOcdsRecordQuery): Promise<OcdsRecordPackage> {
    const procurementId = procurementIdOfOcid(this.settings.OCDS_OCID_PREFIX, ocid);
    const { releases, latestRecordedAt } = procurementId === undefined ? { releases: [] } : await findOcdsReleases<OcdsRelease>(this.pool, procurementId);
    if (releases.length === 0) throw new NotFoundException(`No contracting process ${ocid}`);
    return recordPackage(releases, await publicationOf(this.settings, this.clock, uri, latestRecordedAt));
  }
}
