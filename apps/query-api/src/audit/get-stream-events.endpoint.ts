import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import { AuditEventsParams } from './audit-events.params';
import { AuditStreamEventsResponse } from './audit.responses';
import { GetStreamEventsQuery, type AuditStreamEvents } from './get-stream-events.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/streams')
export class GetStreamEventsEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** The stream's events with their integrity fields, as the system knew them at `asOf` or up to `revision`; P5 applies. */
  @Get(':streamId/events')
  @Access('auditor')
  @ApiOkResponse({ type: AuditStreamEventsResponse })
  @ApiNotFoundResponse({ description: 'Unknown stream' })
  events(@CurrentActor() actor: Actor, @Param('streamId') streamId: string, @QueryString() params: AuditEventsParams): Promise<AuditStreamEvents> {
    return this.queries.execute(new GetStreamEventsQuery(actor, streamId, params.asOf, params.revision));
  }
}
