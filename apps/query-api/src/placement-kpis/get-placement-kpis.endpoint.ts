import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { GetPlacementKpisQuery, type PlacementKpis } from './get-placement-kpis.query';
import { PlacementKpisParams } from './placement-kpis.params';
import { PlacementKpisResponse } from './placement-kpis.response';

@ApiTags('kpis')
@ApiBearerAuth()
@Controller('kpis')
export class GetPlacementKpisEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Placement funnel totals per department and year (domain.md §4), optionally for one unit and/or year. */
  @Get('placements')
  @Access(...INTERNAL_ROLES)
  @ApiOkResponse({ type: PlacementKpisResponse })
  @ApiForbiddenResponse({ description: 'Suppliers and admin' })
  placements(@Query() params: PlacementKpisParams): Promise<PlacementKpis> {
    const { unitId, year } = params;
    return this.queries.execute(new GetPlacementKpisQuery({ unitId, year }));
  }
}
