import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { ContractComplianceView } from '@kravspar/read-models';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { ContractComplianceResponse } from './contract-compliance.response';
import { GetContractComplianceQuery } from './get-contract-compliance.query';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class GetContractComplianceEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Commitment compliance (domain.md §4): reports, first placements, deviations, rectification, penalties. */
  @Get(':id/compliance')
  @Access(...INTERNAL_ROLES, 'supplier')
  @ApiOkResponse({ type: ContractComplianceResponse })
  @ApiForbiddenResponse({ description: 'admin' })
  @ApiNotFoundResponse({ description: "Unknown, or another supplier's contract" })
  get(@CurrentActor() actor: Actor, @Param('id') id: string): Promise<ContractComplianceView> {
    // No ETag: the view joins several streams and is judged against today's date.
    return this.queries.execute(new GetContractComplianceQuery(actor, id));
  }
}
