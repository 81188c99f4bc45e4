import { Body, Controller, HttpCode, Inject, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { definedOnly, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';
import { PublishProcurementDto } from './publish-procurement.dto';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class PublishProcurementEndpoint {
  constructor(
    private readonly commands: CommandBus,
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
  ) {}

  /** Publishes the procurement: P1 (required fields), P2 (minimum tender period), T1 (not in the future). */
  @Post(':id/publish')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`; `ETag: "<revision>"`' })
  async publish(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: PublishProcurementDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    // The configured P2 minimum goes into the command: the decider reads no configuration.
    const data = { ...definedOnly(body), otherRegimeMinimumTenderDays: this.settings.OTHER_REGIME_MIN_TENDER_DAYS };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, { type: 'PublishProcurement', data }, request, TEAM));
  }
}
