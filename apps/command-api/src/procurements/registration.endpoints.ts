import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsDefined, IsInt, IsString, Length, Matches, Min } from 'class-validator';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand, type ProcurementCommandBody } from './procurement-command';

export class CorrectRegistrationDto {
  @ApiProperty({ description: 'Revision of the event registered wrongly' })
  @IsInt()
  @Min(0)
  revision!: number;

  @ApiProperty({ example: 'sentAt', description: 'The data field of that event to correct' })
  @Matches(/^[A-Za-z][A-Za-z0-9]{0,63}$/, { message: 'field must be a field name such as sentAt' })
  field!: string;

  @ApiProperty({ example: '2026-03-02T10:00:00+01:00', description: 'The right value' })
  @IsDefined()
  correctedValue!: unknown;

  @ApiProperty({ example: 'Fel datum registrerat' })
  @IsString()
  @Length(1, 4000)
  reason!: string;
}

/**
 * Corrections of the record, never edits: a criterion withdrawn before publication, and an act registered
 * with a wrong time or value, corrected by a new event that references it.
 */
@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class RegistrationEndpoints {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/social-criteria/:criterionId/remove')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  remove(@Param('id', ParseUUIDPipe) id: string, @Param('criterionId') criterionId: string, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    return this.run(id, { type: 'RemoveSocialCriterion', data: { criterionId } }, request, response);
  }

  @Post(':id/corrections')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  correct(@Param('id', ParseUUIDPipe) id: string, @Body() body: CorrectRegistrationDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink) {
    const data = { revision: body.revision, field: body.field, correctedValue: body.correctedValue, reason: body.reason };
    return this.run(id, { type: 'CorrectRegistration', data }, request, response);
  }

  private run(id: string, command: ProcurementCommandBody, request: CommandRequest, response: HeaderSink): Promise<CommandResult> {
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, TEAM));
  }
}
