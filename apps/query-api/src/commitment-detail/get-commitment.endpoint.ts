import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { CommitmentDocument } from '@kravspar/read-models';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { CommitmentDetailResponse } from './commitment-detail.response';
import { GetCommitmentQuery } from './get-commitment.query';

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('commitments')
export class GetCommitmentEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** One commitment with its slots and placement funnel; a supplier sees only those of its contracts. */
  @Get(':id')
  @Access(...INTERNAL_ROLES, 'supplier')
  @ApiOkResponse({ type: CommitmentDetailResponse, description: '`ETag: "<revision>"` of the commitment stream' })
  @ApiForbiddenResponse({ description: 'admin' })
  @ApiNotFoundResponse({ description: "Unknown, or a commitment of another supplier's contract" })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<CommitmentDocument> {
    const commitment = await this.queries.execute(new GetCommitmentQuery(actor, id));
    response.setHeader('ETag', `"${commitment.revision}"`);
    return commitment;
  }
}
