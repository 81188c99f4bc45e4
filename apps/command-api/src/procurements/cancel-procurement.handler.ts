import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandRequest } from '../command-http/command-request';
import type { CommandResult } from '../command-http/command-result';
import type { CancelProcurementDto } from './cancel-procurement.dto';
import { ProcurementWriter } from './procurement-writer';

export class CancelProcurementCommand extends Command<CommandResult> {
  constructor(
    readonly procurementId: string,
    readonly body: CancelProcurementDto,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(CancelProcurementCommand)
export class CancelProcurementHandler implements ICommandHandler<CancelProcurementCommand> {
  constructor(private readonly writer: ProcurementWriter) {}

  async execute({ procurementId, body, request }: CancelProcurementCommand): Promise<CommandResult> {
    const { revision } = await this.writer.execute(
      procurementId,
      request,
      (metadata) => ({
        type: 'CancelProcurement',
        data: { reasonCategory: body.reasonCategory, justification: body.justification, cancelledAt: body.cancelledAt },
        metadata,
      }),
      'procurement-team',
    );
    return { id: procurementId, revision };
  }
}
