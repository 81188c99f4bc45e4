import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandRequest } from '../command-http/command-request';
import { definedOnly, type CommandResult } from '../command-http/command-result';
import { newIdFor } from '../command-http/new-id';
import type { AddSocialCriterionDto } from './add-social-criterion.dto';
import { ProcurementWriter } from './procurement-writer';

export class AddSocialCriterionCommand extends Command<CommandResult> {
  constructor(
    readonly procurementId: string,
    readonly body: AddSocialCriterionDto,
    readonly request: CommandRequest,
  ) {
    super();
  }
}

@CommandHandler(AddSocialCriterionCommand)
export class AddSocialCriterionHandler implements ICommandHandler<AddSocialCriterionCommand> {
  constructor(private readonly writer: ProcurementWriter) {}

  async execute({ procurementId, body, request }: AddSocialCriterionCommand): Promise<CommandResult> {
    const criterionId = newIdFor(request);
    const { revision } = await this.writer.execute(
      procurementId,
      request,
      (metadata) => ({ type: 'AddSocialCriterion', data: { criterionId, ...definedOnly(body) }, metadata }),
      'procurement-team-or-social-welfare',
    );
    return { id: procurementId, revision, criterionId };
  }
}
