import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { IsInstant } from '../command-http/instant';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';

export class ExtendDeadlineDto {
  @IsInstant()
  newDeadline!: string;

  @ApiProperty({ example: 'Svar på fråga lämnat sent (LOU 12:11)' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class ExtendDeadlineEndpoint {
  constructor(private readonly commands: CommandBus) {}

  /** Moves the tender deadline later; only before it has passed. */
  @Post(':id/extend-deadline')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async extend(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ExtendDeadlineDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const command = { type: 'ExtendTenderDeadline' as const, data: { newDeadline: body.newDeadline, reason: body.reason } };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
