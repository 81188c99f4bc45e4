import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import type { Page } from '@kravspar/read-store';
import type { AccessLogEntry } from './access-log';
import { DEFAULT_PAGE_SIZE } from '../page.params';
import { AccessLogParams } from './access-log.params';
import { AccessLogPageResponse } from './access-log.response';
import { GetAccessLogQuery } from './get-access-log.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/access-log')
export class GetAccessLogEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Who read bid details before the award notification, and candidate data: when, which route, which objects. */
  @Get()
  @Access('auditor')
  @ApiOkResponse({ type: AccessLogPageResponse, description: 'Oldest first' })
  @ApiForbiddenResponse({ description: 'Any role but auditor' })
  list(@Query() params: AccessLogParams): Promise<Page<AccessLogEntry>> {
    const { page = 1, pageSize = DEFAULT_PAGE_SIZE, ...filter } = params;
    return this.queries.execute(new GetAccessLogQuery(filter, page, pageSize));
  }
}
