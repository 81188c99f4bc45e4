import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { REVIEW_OUTCOMES, type ReviewOutcome } from '@kravspar/domain';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { IsInstant } from '../command-http/instant';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand, type ProcurementCommandBody } from './procurement-command';

export class FileReviewDto {
  @ApiProperty({ example: '1234-26' })
  @IsString()
  @Length(1, 100)
  caseNo!: string;

  @ApiProperty({ example: 'Förvaltningsrätten i Stockholm' })
  @IsString()
  @Length(1, 200)
  court!: string;

  @IsInstant()
  filedAt!: string;
}

export class CourtActDto {
  @IsInstant()
  at!: string;
}

export class ReviewDecisionDto extends CourtActDto {
  @ApiProperty({ enum: REVIEW_OUTCOMES })
  @IsIn(REVIEW_OUTCOMES)
  outcome!: ReviewOutcome;
}

/** Review applications (överprövning), interim orders and the court's decision (P8). */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class ReviewEndpoints {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/reviews')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  file(@Param('id', ParseUUIDPipe) id: string, @Body() body: FileReviewDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'FileReviewApplication', data: { caseNo: body.caseNo, court: body.court, filedAt: body.filedAt } }, request, response);
  }

  @Post(':id/reviews/:caseNo/interim-order')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  issue(@Param('id', ParseUUIDPipe) id: string, @Param('caseNo') caseNo: string, @Body() body: CourtActDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'IssueInterimOrder', data: { caseNo, at: body.at } }, request, response);
  }

  @Post(':id/reviews/:caseNo/lift-interim-order')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  lift(@Param('id', ParseUUIDPipe) id: string, @Param('caseNo') caseNo: string, @Body() body: CourtActDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'LiftInterimOrder', data: { caseNo, at: body.at } }, request, response);
  }

  @Post(':id/reviews/:caseNo/decision')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  decide(@Param('id', ParseUUIDPipe) id: string, @Param('caseNo') caseNo: string, @Body() body: ReviewDecisionDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'DecideReview', data: { caseNo, at: body.at, outcome: body.outcome } }, request, response);
  }

  private run(id: string, command: ProcurementCommandBody, request: CommandRequest, response: HeaderSink): Promise<CommandResult> {
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
