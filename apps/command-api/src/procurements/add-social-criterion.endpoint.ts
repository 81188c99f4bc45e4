import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { definedOnly, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import { AddSocialCriterionDto } from './add-social-criterion.dto';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class AddSocialCriterionEndpoint {
  constructor(private readonly commands: CommandBus) {}

  /** Adds a social criterion while the procurement is in Planning (procurement team, social welfare). */
  @Post(':id/social-criteria')
  @HttpCode(201)
  @Access('procurement-officer', 'buyer', 'social-welfare')
  @ApiCreatedResponse({ description: '`{id, revision, criterionId}`; `ETag: "<revision>"`' })
  async add(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddSocialCriterionDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const criterionId = newIdFor(request);
    const command = { type: 'AddSocialCriterion' as const, data: { criterionId, ...definedOnly(body) } };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, command, request, { kind: 'team-or-social-welfare' }), { criterionId });
  }
}
