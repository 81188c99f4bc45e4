import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { PlacementKpisParams } from '../placement-kpis/placement-kpis.params';
import { GetPlacementOutcomesQuery, type PlacementOutcomes } from './get-placement-outcomes.query';
import { PlacementOutcomesResponse } from './placement-outcomes.response';

@ApiTags('kpis')
@ApiBearerAuth()
@Controller('kpis')
export class GetPlacementOutcomesEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /**
   * Outcome statistics per department and year. Outcomes and reasons may touch on health and social
   * circumstances, so counts from 1 to 4 are hidden from everyone but the labour-market unit, which matched
   * the people behind them and sees exact counts.
   */
  @Get('placement-outcomes')
  @Access(...INTERNAL_ROLES)
  @ApiOkResponse({ type: PlacementOutcomesResponse })
  @ApiForbiddenResponse({ description: 'Suppliers and admin' })
  outcomes(@CurrentActor() actor: Actor, @Query() params: PlacementKpisParams): Promise<PlacementOutcomes> {
    const { unitId, year } = params;
    return this.queries.execute(new GetPlacementOutcomesQuery({ unitId, year }, actor.role === 'labour-market'));
  }
}
