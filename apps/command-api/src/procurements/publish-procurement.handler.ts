import { Inject } from '@nestjs/common';
import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import type { CommandRequest } from '../command-http/command-request';
import { definedOnly, type CommandResult } from '../command-http/command-result';
import type { PublishProcurementDto } from './publish-procurement.dto';
import { ProcurementWriter } from './procurement-writer';

export class PublishProcurementCommand extends Command<CommandResult> {
  constructor(
    readonly procurementId: string,
    readonly body: PublishProcurementDto,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(PublishProcurementCommand)
export class PublishProcurementHandler implements ICommandHandler<PublishProcurementCommand> {
  constructor(
    private readonly writer: ProcurementWriter,
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
  ) {}

  async execute({ procurementId, body, request }: PublishProcurementCommand): Promise<CommandResult> {
    const { revision } = await this.writer.execute(
      procurementId,
      request,
      (metadata) => ({
        type: 'PublishProcurement',
        // The configured P2 minimum goes into the command: the decider reads no configuration.
        data: { ...definedOnly(body), otherRegimeMinimumTenderDays: this.settings.OTHER_REGIME_MIN_TENDER_DAYS },
        metadata,
      }),
      'procurement-team',
    );
    return { id: procurementId, revision };
  }
}
