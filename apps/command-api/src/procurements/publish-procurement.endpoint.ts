import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult } from '../command-http/command-result';
import { PublishProcurementDto } from './publish-procurement.dto';
import { PublishProcurementCommand } from './publish-procurement.handler';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class PublishProcurementEndpoint {
  constructor(private readonly commands: CommandBus) {}

  /** Publishes the procurement: P1 (required fields), P2 (minimum tender period), T1 (not in the future). */
  @Post(':id/publish')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`; `ETag: "<revision>"`' })
  async publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishProcurementDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<CommandResult> {
    return withETag(response, await this.commands.execute(new PublishProcurementCommand(id, body, request)));
  }
}
