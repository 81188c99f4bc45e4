import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult } from '../command-http/command-result';
import { InitiateProcurementDto } from './initiate-procurement.dto';
import { InitiateProcurementCommand } from './initiate-procurement.handler';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class InitiateProcurementEndpoint {
  constructor(private readonly commands: CommandBus) {}

  /** Starts a procurement in Planning. Buyers may start one only for their own unit. */
  @Post()
  @HttpCode(201)
  @Access('procurement-officer', 'buyer')
  @ApiCreatedResponse({ description: '`{id, revision}`; `ETag: "<revision>"`' })
  async initiate(
    @Body() body: InitiateProcurementDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: { setHeader(name: string, value: string): void },
  ): Promise<CommandResult> {
    return withETag(response, await this.commands.execute(new InitiateProcurementCommand(body, request)));
  }
}
