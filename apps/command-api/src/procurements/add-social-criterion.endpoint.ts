import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult } from '../command-http/command-result';
import { AddSocialCriterionDto } from './add-social-criterion.dto';
import { AddSocialCriterionCommand } from './add-social-criterion.handler';

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
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<CommandResult> {
    return withETag(response, await this.commands.execute(new AddSocialCriterionCommand(id, body, request)));
  }
}
