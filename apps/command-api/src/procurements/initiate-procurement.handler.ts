import { ForbiddenException } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandRequest } from '../command-http/command-request';
import type { CommandResult } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import type { InitiateProcurementDto } from './initiate-procurement.dto';
import { ProcurementWriter } from './procurement-writer';

export class InitiateProcurementCommand extends Command<CommandResult> {
  constructor(
    readonly body: InitiateProcurementDto,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(InitiateProcurementCommand)
export class InitiateProcurementHandler implements ICommandHandler<InitiateProcurementCommand> {
  constructor(private readonly writer: ProcurementWriter) {}

  async execute({ body, request }: InitiateProcurementCommand): Promise<CommandResult> {
    const { actor } = request;
    if (actor.role === 'buyer' && actor.unitId !== body.buyerUnitId) {
      throw new ForbiddenException('A buyer may start procurements only for its own unit');
    }
    const procurementId = newIdFor(request);
    const { revision } = await this.writer.execute(procurementId, request, (metadata) => ({
      type: 'InitiateProcurement',
      data: {
        procurementId,
        title: body.title,
        buyerUnitId: body.buyerUnitId,
        procedure: body.procedure,
        regime: body.regime,
        estimatedValue: { amount: body.estimatedValue.amount, currency: body.estimatedValue.currency },
        ...(body.cpv === undefined ? {} : { cpv: body.cpv }),
      },
      metadata,
    }));
    return { id: procurementId, revision };
  }
}
