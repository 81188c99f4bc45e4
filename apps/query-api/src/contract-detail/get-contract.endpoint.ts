import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { ContractDetail } from '@kravspar/read-models';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { ContractDetailResponse } from './contract-detail.response';
import { GetContractQuery } from './get-contract.query';

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class GetContractEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** One contract with its commitments; a supplier sees only its own contracts. */
  @Get(':id')
  @Access(...INTERNAL_ROLES, 'supplier')
  @ApiOkResponse({ type: ContractDetailResponse, description: '`ETag: "<revision>"` of the contract stream' })
  @ApiForbiddenResponse({ description: 'admin' })
  @ApiNotFoundResponse({ description: "Unknown, or another supplier's contract" })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<ContractDetail> {
    const contract = await this.queries.execute(new GetContractQuery(actor, id));
    response.setHeader('ETag', `"${contract.revision}"`);
    return contract;
  }
}
