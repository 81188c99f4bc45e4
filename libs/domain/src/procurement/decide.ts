import { addSocialCriterion } from './add-social-criterion';
import { cancel } from './cancel';
import type { ProcurementCommand } from './commands';
import type { ProcurementEvent } from './events';
import { initiate } from './initiate';
import { publish } from './publish';
import type { ProcurementState } from './state';

/**
 * Decides a procurement command against the current state. Each command first checks whether its effect is
 * already in the state (then it returns [] — a quiet repeat), then P10 and STATE, then T1 and its own rules.
 */
export function decide(command: ProcurementCommand, state: ProcurementState): readonly ProcurementEvent[] {
  switch (command.type) {
    case 'InitiateProcurement':
      return initiate(command, state);
    case 'AddSocialCriterion':
      return addSocialCriterion(command, state);
    case 'PublishProcurement':
      return publish(command, state);
    case 'CancelProcurement':
      return cancel(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
