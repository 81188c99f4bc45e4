import { Body, Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Res, UnprocessableEntityException } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNumber, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import {
  commitmentDecider, commitmentStreamId, INTERRUPTION_REASONS, PLACEMENT_OUTCOMES, referralDecider, referralStreamId,
  type CommitmentCommand, type CommitmentState, type InterruptionReason, type MatchSlot, type PlacementOutcome,
} from '@kravspar/domain';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { IsCalendarDate, IsInstant } from '../command-http/instant';
import { newIdFor } from '../command-http/new-id';
import { StreamWriter } from '../command-http/stream-writer';
import { CandidateErasure } from '../referrals/candidate-erasure';
import { assertCommitmentAccess } from './commitment-access';
import { NestedObject } from '../command-http/nested-object';

export class StartWindowDto {
  @IsCalendarDate() from!: string;
  @IsCalendarDate() to!: string;
}

export class OfferSlotDto {
  @ApiProperty({ example: 'Visby återvinningscentral' })
  @IsString()
  @Length(1, 200)
  site!: string;

  @ApiProperty({ type: StartWindowDto })
  @NestedObject(() => StartWindowDto)
  startWindow!: StartWindowDto;
}

export class MatchSlotDto {
  @ApiProperty()
  @IsString()
  @Length(1, 100)
  referralId!: string;

  @IsInstant()
  matchedAt!: string;
}

export class PlacementActDto {
  @IsCalendarDate()
  date!: string;

  @ApiPropertyOptional({ enum: INTERRUPTION_REASONS, description: 'interrupt: S5' })
  @IsOptional()
  @IsIn(INTERRUPTION_REASONS)
  reasonCode?: InterruptionReason;

  @ApiPropertyOptional({ enum: PLACEMENT_OUTCOMES, description: 'complete: S5' })
  @IsOptional()
  @IsIn(PLACEMENT_OUTCOMES)
  outcomeCode?: PlacementOutcome;

  @ApiPropertyOptional({ description: 'complete: months served' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(600)
  monthsServed?: number;
}

/** Placement slots of a commitment: offered by the contract's supplier, matched by the labour-market unit. */
@ApiTags('commitments')
@ApiBearerAuth()
@Controller('commitments')
export class SlotEndpoints {
  constructor(
    private readonly writer: StreamWriter,
    private readonly erasure: CandidateErasure,
  ) {}

  @Post(':id/slots')
  @HttpCode(201)
  @Access('supplier')
  @ApiCreatedResponse({ description: '`{id, revision, slotId}`' })
  offer(@Param('id', ParseUUIDPipe) id: string, @Body() body: OfferSlotDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const slotId = newIdFor(request);
    const data = { slotId, site: body.site, startWindow: { from: body.startWindow.from, to: body.startWindow.to }, supplierId: request.actor.supplierId ?? '' };
    return this.run(id, { type: 'OfferSlot', data }, request, response, { slotId });
  }

  @Post(':id/slots/:slotId/match')
  @HttpCode(200)
  @Access('labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async match(@Param('id', ParseUUIDPipe) id: string, @Param('slotId') slotId: string, @Body() body: MatchSlotDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    // The referral's facts are read, not changed: matching belongs to the commitment (one consistency boundary).
    const referral = await this.writer.stateOf(referralStreamId(body.referralId), referralDecider);
    if (referral.status === 'Absent') throw new NotFoundException(`Referral ${body.referralId} does not exist`);
    if (referral.status === 'Withdrawn') throw new UnprocessableEntityException(`Referral ${body.referralId} was withdrawn`);
    // R3 is the commitment decider's, but the fact is the referral's (and the vault's): passed in as data.
    const data: MatchSlot['data'] = { slotId, referralId: body.referralId, matchedAt: body.matchedAt, candidateErased: await this.erasure.isErased(referral) };
    return this.run(id, { type: 'MatchSlot', data }, request, response);
  }

  @Post(':id/slots/:slotId/start')
  @HttpCode(200)
  @Access('supplier', 'labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  start(@Param('id', ParseUUIDPipe) id: string, @Param('slotId') slotId: string, @Body() body: PlacementActDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'StartPlacement', data: { slotId, date: body.date } }, request, response);
  }

  @Post(':id/slots/:slotId/interrupt')
  @HttpCode(200)
  @Access('supplier', 'labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  interrupt(@Param('id', ParseUUIDPipe) id: string, @Param('slotId') slotId: string, @Body() body: PlacementActDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'InterruptPlacement', data: { slotId, date: body.date, reasonCode: body.reasonCode as InterruptionReason } }, request, response);
  }

  @Post(':id/slots/:slotId/complete')
  @HttpCode(200)
  @Access('supplier', 'labour-market')
  @ApiOkResponse({ description: '`{id, revision}`' })
  complete(@Param('id', ParseUUIDPipe) id: string, @Param('slotId') slotId: string, @Body() body: PlacementActDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const data = { slotId, date: body.date, outcomeCode: body.outcomeCode as PlacementOutcome, monthsServed: body.monthsServed as number };
    return this.run(id, { type: 'CompletePlacement', data }, request, response);
  }

  private async run(
    id: string,
    command: Omit<CommitmentCommand, 'metadata'>,
    request: CommandRequest,
    response: HeaderSink,
    childIds: Record<string, string> = {},
  ): Promise<CommandResult> {
    const { revision } = await this.writer.execute(
      commitmentStreamId(id),
      commitmentDecider,
      request,
      (metadata) => ({ ...command, metadata }) as CommitmentCommand,
      (state: CommitmentState) => assertCommitmentAccess(state, request.actor, id),
    );
    return withETag(response, { id, revision, ...childIds });
  }
}
