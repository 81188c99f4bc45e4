import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import { GetProcurementTimelineQuery, type ProcurementTimeline } from './get-procurement-timeline.query';
import { ProcurementTimelineResponse } from './procurement-timeline.response';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class GetProcurementTimelineEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Every event of the procurement with actor, business and recorded time, rules checked and flags. */
  @Get(':id/timeline')
  @Access('procurement-officer', 'buyer', 'auditor')
  @ApiOkResponse({ type: ProcurementTimelineResponse })
  @ApiForbiddenResponse({ description: 'A buyer of another unit' })
  @ApiNotFoundResponse({ description: 'Unknown procurement' })
  timeline(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ProcurementTimeline> {
    return this.queries.execute(new GetProcurementTimelineQuery(actor, id));
  }
}
