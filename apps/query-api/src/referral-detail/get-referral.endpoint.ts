import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CorrelationId, CurrentActor } from '@kravspar/http';
import { AccessLog } from '../access-log/access-log';
import { GetReferralQuery, type ReferralWithCandidate } from './get-referral.query';
import { ReferralDetailResponse } from './referral-detail.response';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class GetReferralEndpoint {
  constructor(
    private readonly queries: QueryBus,
    private readonly accessLog: AccessLog,
  ) {}

  /** One referral with its candidate's identity (R1: the labour-market unit only). */
  @Get(':id')
  @Access('labour-market')
  @ApiOkResponse({ type: ReferralDetailResponse, description: '`ETag: "<revision>"` of the referral stream; not cached' })
  @ApiForbiddenResponse({ description: 'Any role but labour-market' })
  @ApiNotFoundResponse({ description: 'Unknown referral' })
  async get(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<ReferralWithCandidate> {
    const referral = await this.queries.execute(new GetReferralQuery(id));
    // Candidate data: every read is recorded before it is answered (ids only, never the identity).
    await this.accessLog.recordCandidateData(actor, { route: 'GET /referrals/{id}', correlationId }, referral);
    response.setHeader('ETag', `"${referral.revision}"`);
    // Personal data: no shared or private cache may keep a copy.
    response.setHeader('Cache-Control', 'no-store');
    return referral;
  }
}
