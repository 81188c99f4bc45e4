import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CorrelationId, CurrentActor } from '@kravspar/http';
import type { ProcurementDocument } from '@kravspar/read-models';
import { AccessLog } from '../access-log/access-log';
import { GetProcurementQuery } from './get-procurement.query';
import { ProcurementDetailResponse } from './procurement-detail.response';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class GetProcurementEndpoint {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  /** One procurement; suppliers get 404 for one that was never published. */
  @Get(':id')
  @Access('procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor')
  @ApiOkResponse({ type: ProcurementDetailResponse, description: '`ETag: "<revision>"`' })
  @ApiNotFoundResponse({ description: 'Unknown, or not visible to the caller' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<ProcurementDocument> {
    const document = await this.queries.execute(new GetProcurementQuery(actor, id));
    // Bids still under P5 in the answer: recorded before they leave (requirement: access log).
    await this.accessLog.recordBidDetails(actor, { route: 'GET /procurements/{id}', correlationId }, document);
    response.setHeader('ETag', `"${document.revision}"`);
    return document;
  }
}
