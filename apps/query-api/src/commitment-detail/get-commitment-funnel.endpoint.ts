import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { PlacementFunnel } from '@kravspar/read-models';
import { INTERNAL_ROLES } from '../follow-up-visibility';
import { CommitmentFunnelResponse } from './commitment-detail.response';
import { GetCommitmentQuery } from './get-commitment.query';

export type CommitmentFunnel = PlacementFunnel & { readonly id: string; readonly revision: number };

@ApiTags('commitments')
@ApiBearerAuth()
@Controller('commitments')
export class GetCommitmentFunnelEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** The placement funnel of one commitment ("3 committed, 2 matched"); the same access as its detail. */
  @Get(':id/funnel')
  @Access(...INTERNAL_ROLES, 'supplier')
  @ApiOkResponse({ type: CommitmentFunnelResponse, description: '`ETag: "<revision>"` of the commitment stream' })
  @ApiForbiddenResponse({ description: 'admin' })
  @ApiNotFoundResponse({ description: "Unknown, or a commitment of another supplier's contract" })
  async funnel(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<CommitmentFunnel> {
    const commitment = await this.queries.execute(new GetCommitmentQuery(actor, id));
    response.setHeader('ETag', `"${commitment.revision}"`);
    return { id: commitment.id, ...commitment.funnel, revision: commitment.revision };
  }
}
