import { Body, Controller, ForbiddenException, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { contractDecider, contractStreamId, type ContractState } from '@kravspar/domain';
import type { Actor } from '@kravspar/domain/kernel';
import { Access } from '@kravspar/http';
import { CommandRequestOf, type CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { IsCalendarDate } from '../command-http/instant';
import { StreamWriter } from '../command-http/stream-writer';

export class StartContractDto {
  @IsCalendarDate()
  date!: string;
}

/** api.md §Roles: the contract owner is the buyer unit of the procurement; procurement officers act too. */
export function assertContractOwner(state: ContractState, actor: Actor, contractId: string): void {
  if (state.status === 'Absent') throw new NotFoundException(`Contract ${contractId} does not exist`);
  if (actor.role === 'procurement-officer' || (actor.role === 'buyer' && actor.unitId === state.buyerUnitId)) return;
  throw new ForbiddenException(`Only the contract owner of ${contractId} may do this`);
}

@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts')
export class StartContractEndpoint {
  constructor(private readonly writer: StreamWriter) {}

  /** The contract starts: its commitments activate by themselves (a workflow). */
  @Post(':id/start')
  @HttpCode(200)
  @Access('procurement-officer', 'buyer')
  @ApiOkResponse({ description: '`{id, revision}`' })
  async start(@Param('id', ParseUUIDPipe) id: string, @Body() body: StartContractDto, @CommandRequestOf() request: CommandRequest, @Res({ passthrough: true }) response: HeaderSink): Promise<CommandResult> {
    const { revision } = await this.writer.execute(
      contractStreamId(id),
      contractDecider,
      request,
      (metadata) => ({ type: 'StartContract' as const, data: { date: body.date }, metadata }),
      (state: ContractState) => assertContractOwner(state, request.actor, id),
    );
    return withETag(response, { id, revision });
  }
}
