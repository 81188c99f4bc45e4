import { Injectable } from '@nestjs/common';
import { procurementDecider, procurementStreamId, type ProcurementCommand, type ProcurementState } from '@kravspar/domain';
import type { CommandMetadata } from '@kravspar/domain/kernel';
import type { CommandOutcome } from '@kravspar/event-store';
import type { CommandRequest } from '../command-http/command-request';
import { StreamWriter } from '../command-http/stream-writer';
import { assertAccess, type ProcurementAccess } from './procurement-access';

/** Runs a procurement command through the one write path, with the procurement's own access rules. */
@Injectable()
export class ProcurementWriter {
  constructor(private readonly writer: StreamWriter) {}

  execute(
    procurementId: string,
    request: CommandRequest,
    build: (metadata: CommandMetadata) => ProcurementCommand,
    access?: ProcurementAccess,
  ): Promise<CommandOutcome> {
    return this.writer.execute(
      procurementStreamId(procurementId),
      procurementDecider,
      request,
      build,
      access ? (state: ProcurementState) => assertAccess(state, request.actor, procurementId, access) : undefined,
    );
  }
}
