import { addSocialCriterion } from './add-social-criterion';
import { answerClarification } from './answer-clarification';
import { askClarification } from './ask-clarification';
import { excludeSupplier, qualifySupplier } from './assess-supplier';
import { cancel } from './cancel';
import type { ProcurementCommand } from './commands';
import { correctRegistration } from './correct-registration';
import { decideAward } from './decide-award';
import { decideReview } from './decide-review';
import { endStandstill } from './end-standstill';
import { evaluateBids } from './evaluate-bids';
import type { ProcurementEvent } from './events';
import { extendTenderDeadline } from './extend-tender-deadline';
import { fileReviewApplication } from './file-review-application';
import { initiate } from './initiate';
import { issueInterimOrder, liftInterimOrder } from './interim-order';
import { openBids } from './open-bids';
import { publish } from './publish';
import { publishContractAwardNotice } from './publish-contract-award-notice';
import { receiveBid } from './receive-bid';
import { removeSocialCriterion } from './remove-social-criterion';
import { sendAwardNotification } from './send-award-notification';
import { signContract } from './sign-contract';
import type { ProcurementState } from './state';
import { withdrawBid } from './withdraw-bid';

/**
 * Decides a procurement command against the current state. Each command first checks whether its effect is
 * already in the state (then it returns [] — a quiet repeat, decision 004), then P10 and STATE, then T1
 * and its own rules.
 */
export function decide(command: ProcurementCommand, state: ProcurementState): readonly ProcurementEvent[] {
  switch (command.type) {
    case 'InitiateProcurement':
      return initiate(command, state);
    case 'AddSocialCriterion':
      return addSocialCriterion(command, state);
    case 'RemoveSocialCriterion':
      return removeSocialCriterion(command, state);
    case 'PublishProcurement':
      return publish(command, state);
    case 'AskClarification':
      return askClarification(command, state);
    case 'AnswerClarification':
      return answerClarification(command, state);
    case 'ExtendTenderDeadline':
      return extendTenderDeadline(command, state);
    case 'ReceiveBid':
      return receiveBid(command, state);
    case 'WithdrawBid':
      return withdrawBid(command, state);
    case 'OpenBids':
      return openBids(command, state);
    case 'QualifySupplier':
      return qualifySupplier(command, state);
    case 'ExcludeSupplier':
      return excludeSupplier(command, state);
    case 'EvaluateBids':
      return evaluateBids(command, state);
    case 'DecideAward':
      return decideAward(command, state);
    case 'SendAwardNotification':
      return sendAwardNotification(command, state);
    case 'FileReviewApplication':
      return fileReviewApplication(command, state);
    case 'IssueInterimOrder':
      return issueInterimOrder(command, state);
    case 'LiftInterimOrder':
      return liftInterimOrder(command, state);
    case 'DecideReview':
      return decideReview(command, state);
    case 'EndStandstill':
      return endStandstill(command, state);
    case 'SignContract':
      return signContract(command, state);
    case 'PublishContractAwardNotice':
      return publishContractAwardNotice(command, state);
    case 'CorrectRegistration':
      return correctRegistration(command, state);
    case 'CancelProcurement':
      return cancel(command, state);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
