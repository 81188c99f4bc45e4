import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import type { CommandResult, HeaderSink } from '../command-http/command-result';
import { CancelProcurementDto } from './cancel-procurement.dto';
import { TEAM } from './procurement-access';
import { answerProcurementCommand, RunProcurementCommand } from './procurement-command';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('procurements')
export class CancelProcurementEndpoint {
  constructor(private readonly commands: CommandBus) {}

  /** Cancels the procurement before signing with a reason category (P10); later commands are refused. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`; `ETag: "<revision>"`' })
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelProcurementDto,
    @CommandRequestOf() request: CommandRequest,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<CommandResult> {
    const data = { reasonCategory: body.reasonCategory, justification: body.justification, cancelledAt: body.cancelledAt };
    return answerProcurementCommand(this.commands, response, new RunProcurementCommand(id, { type: 'CancelProcurement', data }, request, TEAM));
  }
}
