import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { ProcurementListItem } from '@kravspar/read-models';
import type { Page } from '@kravspar/read-store';
import { DEFAULT_PAGE_SIZE, ListProcurementsParams } from './list-procurements.params';
import { ListProcurementsQuery } from './list-procurements.query';
import { ProcurementListResponse } from './procurement-list.response';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class ListProcurementsEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** The procurement list; suppliers see published procurements only. */
  @Get()
  @Access('procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor')
  @ApiOkResponse({ type: ProcurementListResponse, description: 'Most recently changed first' })
  list(@CurrentActor() actor: Actor, @Query() params: ListProcurementsParams): Promise<Page<ProcurementListItem>> {
    const { status, buyerUnitId, page = 1, pageSize = DEFAULT_PAGE_SIZE } = params;
    return this.queries.execute(new ListProcurementsQuery(actor, { status, buyerUnitId, page, pageSize }));
  }
}
