import { Controller, Get, Param, Query as QueryString } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import { AuditStateParams } from './audit-events.params';
import { AuditStreamStateResponse } from './audit.responses';
import { GetStreamStateQuery, type AuditStreamState } from './get-stream-state.query';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/streams')
export class GetStreamStateEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** The stream's state folded as the system knew it at `asOf`, with each event's business and recorded time; P5 applies. */
  @Get(':streamId/state')
  @Access('auditor')
  @ApiOkResponse({ type: AuditStreamStateResponse })
  @ApiNotFoundResponse({ description: 'Unknown stream, or one no decider folds' })
  state(@CurrentActor() actor: Actor, @Param('streamId') streamId: string, @QueryString() params: AuditStateParams): Promise<AuditStreamState> {
    return this.queries.execute(new GetStreamStateQuery(actor, streamId, params.asOf));
  }
}
