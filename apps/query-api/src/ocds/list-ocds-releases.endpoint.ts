import { Controller, Get, Query, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@kravspar/http';
import type { OcdsReleasePackage } from '@kravspar/read-models';
import { DEFAULT_PAGE_SIZE } from '../page.params';
import { OcdsReleasesParams } from './ocds-releases.params';
import { OcdsReleasePackageResponse } from './ocds.responses';
import { ListOcdsReleasesQuery } from './list-ocds-releases.query';
import { requestUri, type UriRequest } from './request-uri';

@ApiTags('open data (OCDS)')
@Controller('ocds/releases')
export class ListOcdsReleasesEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The release feed, open data for anyone (api.md: public): every release in log order, those recorded at
   * or after `since` when given, a page at a time. Nothing sealed before the award notification, no
   * candidate data: the read model holds none to show.
   */
  @Get()
  @Public()
  @ApiOkResponse({ type: OcdsReleasePackageResponse, description: 'An OCDS 1.1 release package' })
  async list(@Req() request: UriRequest, @Query() params: OcdsReleasesParams): Promise<OcdsReleasePackage & { links?: { next: string } }> {
    const { since, page = 1, pageSize = DEFAULT_PAGE_SIZE } = params;
    const uri = requestUri(request);
    const result = await this.queries.execute(new ListOcdsReleasesQuery(uri, { since, page, pageSize }));
    if (!result.hasMore) return result.package;
    const next = new URL(uri);
    next.searchParams.set('page', String(page + 1));
    next.searchParams.set('pageSize', String(pageSize));
    return { ...result.package, links: { next: next.toString() } };
  }
}
