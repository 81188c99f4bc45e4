import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ProcurementCommand } from '@kravspar/domain';
import type { CommandOutcome } from '@kravspar/event-store';
import type { CommandRequest } from '../command-http/command-request';
import { withETag, type CommandResult, type HeaderSink } from '../command-http/command-result';
import type { ProcurementAccess } from './procurement-access';
import { ProcurementWriter } from './procurement-writer';

/** A procurement command as the routes send it: the domain command without its metadata. */
export type ProcurementCommandBody = Omit<ProcurementCommand, 'metadata'>;

/** One message for the commands on an existing procurement: each route only maps its body. */
export class RunProcurementCommand extends Command<CommandOutcome> {
  constructor(
    readonly procurementId: string,
    readonly command: ProcurementCommandBody,
    readonly request: CommandRequest,
    readonly access: ProcurementAccess,
  ) {
    super();
  }
}

@CommandHandler(RunProcurementCommand)
export class RunProcurementCommandHandler implements ICommandHandler<RunProcurementCommand> {
  constructor(private readonly writer: ProcurementWriter) {}

  execute({ procurementId, command, request, access }: RunProcurementCommand): Promise<CommandOutcome> {
    return this.writer.execute(procurementId, request, (metadata) => ({ ...command, metadata }) as ProcurementCommand, access);
  }
}

/** What a route needs to answer a command on a procurement: `{id, revision, <child>Id?}` with its ETag. */
export async function answerProcurementCommand(
  bus: CommandBus,
  response: HeaderSink,
  message: RunProcurementCommand,
  childIds: Record<string, string> = {},
): Promise<CommandResult> {
  const { revision } = await bus.execute(message);
  return withETag(response, { id: message.procurementId, revision, ...childIds });
}
