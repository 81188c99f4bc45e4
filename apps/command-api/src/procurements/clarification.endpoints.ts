import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { IsInstant } from '../command-http/instant';
import { newIdFor } from '../command-http/new-id';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';

export class AskClarificationDto {
  @ApiProperty({ example: 'Ingår vinterväghållning vid stationerna?' })
  @IsString()
  @Length(1, 4000)
  question!: string;
}

export class AnswerClarificationDto {
  @ApiProperty({ example: 'Nej, vinterväghållning ingår inte.' })
  @IsString()
  @Length(1, 8000)
  answer!: string;

  @IsInstant()
  answeredAt!: string;
}

/** Questions from suppliers and answers to all of them (P3: a late answer needs a deadline extension). */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class ClarificationEndpoints {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/clarifications')
  @HttpCode(201)
  @Access('supplier')
  @ApiCreatedResponse({ description: '`{id, revision, questionId}`' })
  async ask(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AskClarificationDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const questionId = newIdFor(request);
    const command = { type: 'AskClarification' as const, data: { questionId, question: body.question } };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, { kind: 'supplier' }), { questionId });
  }

  @Post(':id/clarifications/:questionId/answer')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async answer(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('questionId') questionId: string,
    @Body() body: AnswerClarificationDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const command = { type: 'AnswerClarification' as const, data: { questionId, answer: body.answer, answeredAt: body.answeredAt } };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
