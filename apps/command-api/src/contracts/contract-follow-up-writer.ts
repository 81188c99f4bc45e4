import { Injectable } from '@nestjs/common';
import { contractDecider, contractStreamId, type ContractCommand, type ContractState } from '@kravspar/domain';
import type { CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import { StreamWriter } from '../command-http/stream-writer';
import { assertContractOwner } from './start-contract.endpoint';

/** Runs a follow-up command on `contract-<id>` for the contract owner or a procurement officer (api.md). */
@Injectable()
export class ContractFollowUpWriter {
  constructor(private readonly writer: StreamWriter) {}

  async run(
    id: string,
    command: Omit<ContractCommand, 'metadata'>,
    request: CommandRequest,
    response: HeaderSink,
    childIds: Record<string, string> = {},
  ): Promise<CommandResult> {
    const { revision } = await this.writer.execute(
      contractStreamId(id),
      contractDecider,
      request,
      (metadata) => ({ ...command, metadata }) as ContractCommand,
      (state: ContractState) => assertContractOwner(state, request.actor, id),
    );
    return withETag(response, { id, revision, ...childIds });
  }
}
