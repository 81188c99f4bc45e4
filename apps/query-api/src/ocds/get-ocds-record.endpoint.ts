import { Controller, Get, Param, Req } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@kravspar/http';
import type { OcdsRecordPackage } from '@kravspar/read-models';
import { GetOcdsRecordQuery } from './get-ocds-record.query';
import { OcdsRecordPackageResponse } from './ocds.responses';
import { requestUri, type UriRequest } from './request-uri';

@ApiTags('open data (OCDS)')
@Controller('ocds/records')
export class GetOcdsRecordEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** One contracting process as an OCDS record (open data, public): its releases and the compiled release. */
  @Get(':ocid')
  @Public()
  @ApiOkResponse({ type: OcdsRecordPackageResponse, description: 'An OCDS 1.1 record package' })
  @ApiNotFoundResponse({ description: 'No process with that ocid (or another publisher’s prefix)' })
  get(@Req() request: UriRequest, @Param('ocid') ocid: string): Promise<OcdsRecordPackage> {
    return this.queries.execute(new GetOcdsRecordQuery(requestUri(request), ocid));
  }
}
