import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { HeaderSink } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import { ContractFollowUpWriter } from './contract-follow-up-writer';
import {
  CompleteContractDto, DeviationDto, FollowUpMeetingDto, PenaltyDto, RectificationRequestDto, RectifiedDto, TerminateContractDto, WaivePenaltyDto,
} from './follow-up.dto';

/**
 * The follow-up of a signed contract (domain.md §3): meetings, deviations, rectification, penalties (C1, C2)
 * and the contract's end (C3), by the contract owner or a procurement officer.
 */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class ContractFollowUpEndpoints {
  constructor(private readonly contracts: ContractFollowUpWriter) {}

  @Post(':id/follow-ups')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `FollowUpMeetingHeld`' })
  meeting(@Param('id', ParseUUIDPipe) id: string, @Body() body: FollowUpMeetingDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.contracts.run(id, { type: 'HoldFollowUpMeeting', data: { heldAt: body.heldAt, participants: [...body.participants] } }, request, response);
  }

  @Post(':id/deviations')
  @HttpCode(201)
  @Access('procurement-officer', 'buyer')
  @ApiCreatedResponse({ description: '`{id, revision, deviationId}`: `DeviationRecorded`' })
  deviation(@Param('id', ParseUUIDPipe) id: string, @Body() body: DeviationDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const deviationId = newIdFor(request);
    const { observedAt, criterionId, severity, description } = body;
    return this.contracts.run(id, { type: 'RecordDeviation', data: { deviationId, observedAt, criterionId, severity, description } }, request, response, { deviationId });
  }

  @Post(':id/rectification-requests')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `RectificationRequested`; a later request extends the deadline' })
  rectification(@Param('id', ParseUUIDPipe) id: string, @Body() body: RectificationRequestDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.contracts.run(id, { type: 'RequestRectification', data: { deviationId: body.deviationId, deadline: body.deadline } }, request, response);
  }

  /** Not in api.md's first list: records that the supplier put the deviation right (`DeviationRectified`). */
  @Post(':id/deviations/:deviationId/rectified')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `DeviationRectified`' })
  rectified(
    @Param('id', ParseUUIDPipe) id: string, @Param('deviationId') deviationId: string, @Body() body: RectifiedDto,
    @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink,
  ) {
    return this.contracts.run(id, { type: 'RecordRectification', data: { deviationId, date: body.date } }, request, response);
  }

  @Post(':id/penalties')
  @HttpCode(201)
  @Access('procurement-officer', 'buyer')
  @ApiCreatedResponse({ description: '`{id, revision, penaltyId}`: `PenaltyImposed` (C1, C2)' })
  penalty(@Param('id', ParseUUIDPipe) id: string, @Body() body: PenaltyDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const penaltyId = newIdFor(request);
    const data = { penaltyId, deviationId: body.deviationId, sanction: body.sanction, amount: { amount: body.amount.amount, currency: body.amount.currency } };
    return this.contracts.run(id, { type: 'ImposePenalty', data }, request, response, { penaltyId });
  }

  @Post(':id/penalties/:penaltyId/waive')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `PenaltyWaived`, its justification visible to auditors' })
  waive(
    @Param('id', ParseUUIDPipe) id: string, @Param('penaltyId') penaltyId: string, @Body() body: WaivePenaltyDto,
    @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink,
  ) {
    return this.contracts.run(id, { type: 'WaivePenalty', data: { penaltyId, justification: body.justification } }, request, response);
  }

  @Post(':id/terminate')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `ContractTerminated`; C3 from then on' })
  terminate(@Param('id', ParseUUIDPipe) id: string, @Body() body: TerminateContractDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.contracts.run(id, { type: 'TerminateContract', data: { date: body.date, reason: body.reason } }, request, response);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`: `ContractCompleted`; C3 from then on' })
  complete(@Param('id', ParseUUIDPipe) id: string, @Body() body: CompleteContractDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.contracts.run(id, { type: 'CompleteContract', data: { date: body.date } }, request, response);
  }
}
