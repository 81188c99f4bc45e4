import { evolveClarificationAnswered } from './answer-clarification';
import { evolveClarificationRequested } from './ask-clarification';
import { evolveSupplierExcluded, evolveSupplierQualified } from './assess-supplier';
import { evolveRegistrationCorrected } from './correct-registration';
import { evolveAwardDecided } from './decide-award';
import { evolveReviewDecided } from './decide-review';
import { evolveStandstillEnded } from './end-standstill';
import { evolveBidsEvaluated } from './evaluate-bids';
import type { ProcurementEvent } from './events';
import {
  evolveProcurementCancelled,
  evolveProcurementInitiated,
  evolveProcurementPublished,
  evolveSocialCriterionAdded,
} from './evolve-early';
import { evolveTenderDeadlineExtended } from './extend-tender-deadline';
import { evolveReviewApplicationFiled } from './file-review-application';
import { evolveInterimOrderIssued, evolveInterimOrderLifted } from './interim-order';
import { evolveBidsOpened } from './open-bids';
import { evolveContractAwardNoticePublished } from './publish-contract-award-notice';
import { evolveBidReceived } from './receive-bid';
import { evolveSocialCriterionRemoved } from './remove-social-criterion';
import { evolveAwardNotificationSent } from './send-award-notification';
import { evolveContractSigned } from './sign-contract';
import type { ProcurementState } from './state';
import { evolveBidWithdrawn } from './withdraw-bid';

function apply(state: ProcurementState, event: ProcurementEvent): ProcurementState {
  switch (event.type) {
    case 'ProcurementInitiated':
      return evolveProcurementInitiated(state, event);
    case 'SocialCriterionAdded':
      return evolveSocialCriterionAdded(state, event);
    case 'SocialCriterionRemoved':
      return evolveSocialCriterionRemoved(state, event);
    case 'ProcurementPublished':
      return evolveProcurementPublished(state, event);
    case 'ClarificationRequested':
      return evolveClarificationRequested(state, event);
    case 'ClarificationAnswered':
      return evolveClarificationAnswered(state, event);
    case 'TenderDeadlineExtended':
      return evolveTenderDeadlineExtended(state, event);
    case 'BidReceived':
      return evolveBidReceived(state, event);
    case 'BidWithdrawn':
      return evolveBidWithdrawn(state, event);
    case 'BidsOpened':
      return evolveBidsOpened(state, event);
    case 'SupplierQualified':
      return evolveSupplierQualified(state, event);
    case 'SupplierExcluded':
      return evolveSupplierExcluded(state, event);
    case 'BidsEvaluated':
      return evolveBidsEvaluated(state, event);
    case 'AwardDecided':
      return evolveAwardDecided(state, event);
    case 'AwardNotificationSent':
      return evolveAwardNotificationSent(state, event);
    case 'ReviewApplicationFiled':
      return evolveReviewApplicationFiled(state, event);
    case 'InterimOrderIssued':
      return evolveInterimOrderIssued(state, event);
    case 'InterimOrderLifted':
      return evolveInterimOrderLifted(state, event);
    case 'ReviewDecided':
      return evolveReviewDecided(state, event);
    case 'StandstillEnded':
      return evolveStandstillEnded(state, event);
    case 'ContractSigned':
      return evolveContractSigned(state, event);
    case 'ContractAwardNoticePublished':
      return evolveContractAwardNoticePublished(state, event);
    case 'RegistrationCorrected':
      return evolveRegistrationCorrected(state, event);
    case 'ProcurementCancelled':
      return evolveProcurementCancelled(state, event);
    default: {
      const _exhaustive: never = event;
      return _exhaustive;
    }
  }
}

/**
 * Folds one event into the state. Total on purpose: an event that does not fit the stage (which `decide`
 * never produces) leaves the stage's facts unchanged, so a replay never crashes; stream integrity is
 * checked by the event store's verification, not here. Every event after initiation still takes its
 * revision in `eventTypes`, so that revisions stay those of the stream.
 */
export function evolve(state: ProcurementState, event: ProcurementEvent): ProcurementState {
  const next = apply(state, event);
  if (next.status === 'Absent') return next;
  return { ...next, eventTypes: [...next.eventTypes, event.type] };
}
