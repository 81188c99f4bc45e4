import { Body, Controller, HttpCode, Inject, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import {
  commitmentDecider, commitmentStreamId, DECLINE_REASONS, findSlot, referralDecider, referralStreamId, WITHDRAWAL_REASONS,
  type DeclineReason, type ProposeReferral, type ReferralCommand, type ReferralState, type WithdrawalReason,
} from '@kravspar/domain';
import { Access } from '@kravspar/http';
import { PII_VAULT, type PiiVault } from '@kravspar/pii-vault';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import { StreamWriter } from '../command-http/stream-writer';
import { CandidateErasure } from './candidate-erasure';
import { CreateReferralDto } from './create-referral.dto';

export class ProposeReferralDto {
  @ApiProperty() @IsUUID() commitmentId!: string;
  @ApiProperty() @IsString() @Length(1, 100) slotId!: string;
}

export class DeclineReferralDto {
  @ApiProperty({ enum: DECLINE_REASONS }) @IsIn(DECLINE_REASONS) reasonCode!: DeclineReason;
}

export class WithdrawReferralDto {
  @ApiProperty({ enum: WITHDRAWAL_REASONS }) @IsIn(WITHDRAWAL_REASONS) reasonCode!: WithdrawalReason;
}

/**
 * Referrals of candidates by the labour-market unit (R1). The identity goes into the PII vault only; the
 * stream gets an opaque `candidateRef`. Proposing, accepting and declining record the conversation with
 * the supplier; matching is the labour-market unit's explicit act on the commitment.
 */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralEndpoints {
  constructor(
    private readonly writer: StreamWriter,
    @Inject(PII_VAULT) private readonly vault: PiiVault,
    private readonly erasure: CandidateErasure,
  ) {}

  @Post()
  @HttpCode(201)
  @Access('labour-market')
  @ApiCreatedResponse({ description: '`{id, revision}`' })
  async create(@Body() body: CreateReferralDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const referralId = newIdFor(request);
    const existing = await this.writer.stateOf(referralStreamId(referralId), referralDecider);
    // A repeated request (same Idempotency-Key) must not store the identity a second time.
    const candidateRef = existing.status === 'Absent' ? await this.vault.store(body.candidateIdentity()) : existing.candidateRef;
    return this.run(referralId, { type: 'CreateReferral', data: { referralId, candidateRef, targetGroupCode: body.targetGroupCode } }, request, response);
  }

  @Post(':id/propose')
  @HttpCode(200)
  @Access('labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async propose(@Param('id', ParseUUIDPipe) id: string, @Body() body: ProposeReferralDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const commitment = await this.writer.stateOf(commitmentStreamId(body.commitmentId), commitmentDecider);
    if (commitment.status === 'Absent') throw new NotFoundException(`Commitment ${body.commitmentId} does not exist`);
    const slot = findSlot(commitment, body.slotId);
    if (!slot) throw new NotFoundException(`Slot ${body.slotId} does not exist`);
    // R3: the vault knows of an erasure before this stream records it, if the erasure stopped half-way.
    const candidateErased = await this.erasure.isErased(await this.writer.stateOf(referralStreamId(id), referralDecider));
    const data: ProposeReferral['data'] = { commitmentId: body.commitmentId, slotId: body.slotId, supplierId: commitment.supplierId, slotOffered: slot.status === 'Offered', candidateErased };
    return this.run(id, { type: 'ProposeReferral', data }, request, response);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @Access('supplier')
  @ApiOkResponse({ description: '`{id, revision}`' })
  accept(@Param('id', ParseUUIDPipe) id: string, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'AcceptReferral', data: { supplierId: request.actor.supplierId ?? '' } }, request, response, true);
  }

  @Post(':id/decline')
  @HttpCode(200)
  @Access('supplier')
  @ApiOkResponse({ description: '`{id, revision}`' })
  decline(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeclineReferralDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'DeclineReferral', data: { supplierId: request.actor.supplierId ?? '', reasonCode: body.reasonCode } }, request, response, true);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Access('labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  withdraw(@Param('id', ParseUUIDPipe) id: string, @Body() body: WithdrawReferralDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'WithdrawReferral', data: { reasonCode: body.reasonCode } }, request, response);
  }

  private async run(id: string, command: Omit<ReferralCommand, 'metadata'>, request: CommandRequest, response: HeaderSink, bySupplier = false): Promise<CommandResult> {
    const { revision } = await this.writer.execute(referralStreamId(id), referralDecider, request, (metadata) => ({ ...command, metadata }) as ReferralCommand, (state: ReferralState) => {
      // Another supplier's referral, or one never proposed to this supplier, does not exist for it (404).
      const proposedTo = 'proposal' in state ? state.proposal.supplierId : undefined;
      if (state.status === 'Absent' && command.type !== 'CreateReferral') throw new NotFoundException(`Referral ${id} does not exist`);
      if (bySupplier && proposedTo !== request.actor.supplierId) throw new NotFoundException(`Referral ${id} does not exist`);
    });
    return withETag(response, { id, revision });
  }
}
