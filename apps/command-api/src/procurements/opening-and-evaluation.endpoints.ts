import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNumber, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { IsInstant } from '../command-http/instant';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand, type ProcurementCommandBody } from './procurement-command';

export class OpenBidsDto {
  @IsInstant()
  openedAt!: string;

  @ApiProperty({ type: [String], example: ['officer-1', 'officer-2'], description: 'At least two appointed openers (P4)' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  openers!: string[];
}

export class ExcludeSupplierDto {
  @ApiPropertyOptional({ example: 'LOU 13:1' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  ground?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  reason?: string;
}

export class RankEntryDto {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  bidId!: string;

  @ApiProperty({ example: 87.5 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  score!: number;
}

export class EvaluateBidsDto {
  @ApiProperty({ type: [RankEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => RankEntryDto)
  ranking!: RankEntryDto[];
}

/** Opening (P4), qualification or exclusion of each bid, and evaluation (P6) — the procurement team's acts. */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class OpeningAndEvaluationEndpoints {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/open-bids')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  open(@Param('id', ParseUUIDPipe) id: string, @Body() body: OpenBidsDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'OpenBids', data: { openedAt: body.openedAt, openers: body.openers } }, request, response);
  }

  @Post(':id/bids/:bidId/qualify')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  qualify(@Param('id', ParseUUIDPipe) id: string, @Param('bidId') bidId: string, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'QualifySupplier', data: { bidId } }, request, response);
  }

  @Post(':id/bids/:bidId/exclude')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  exclude(@Param('id', ParseUUIDPipe) id: string, @Param('bidId') bidId: string, @Body() body: ExcludeSupplierDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const data = { bidId, ...(body.ground ? { ground: body.ground } : {}), ...(body.reason ? { reason: body.reason } : {}) };
    return this.run(id, { type: 'ExcludeSupplier', data }, request, response);
  }

  @Post(':id/evaluate')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  evaluate(@Param('id', ParseUUIDPipe) id: string, @Body() body: EvaluateBidsDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const ranking = body.ranking.map(({ bidId, score }) => ({ bidId, score }));
    return this.run(id, { type: 'EvaluateBids', data: { ranking } }, request, response);
  }

  private run(id: string, command: ProcurementCommandBody, request: CommandRequest, response: HeaderSink): Promise<CommandResult> {
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
