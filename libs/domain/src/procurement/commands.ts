import type { Command, Instant } from '../kernel';
import type {
  DecideAward,
  EvaluateBids,
  ExcludeSupplier,
  OpenBids,
  QualifySupplier,
  SendAwardNotification,
} from './award-commands';
import type { CorrectRegistration, PublishContractAwardNotice, SignContract } from './contract-commands';
import type {
  DecideReview,
  EndStandstill,
  FileReviewApplication,
  IssueInterimOrder,
  LiftInterimOrder,
} from './review-commands';
import type { SocialCriterion } from './social-criterion';
import type {
  AnswerClarification,
  AskClarification,
  ExtendTenderDeadline,
  ReceiveBid,
  RemoveSocialCriterion,
  WithdrawBid,
} from './tender-commands';
import type { CancellationReason, Money, Procedure, Regime } from './vocabulary';

export type * from './award-commands';
export type * from './contract-commands';
export type * from './review-commands';
export type * from './tender-commands';

/** What a procurement is: set at initiation, checked for completeness at publication (P1). */
export interface ProcurementDetails {
  readonly procurementId: string;
  readonly title: string;
  readonly buyerUnitId: string;
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly estimatedValue: Money;
  /** Main CPV code, e.g. `90500000-2`. */
  readonly cpv?: string;
}

export type InitiateProcurement = Command<'InitiateProcurement', ProcurementDetails>;

export type AddSocialCriterion = Command<'AddSocialCriterion', SocialCriterion>;

export interface PublishProcurementData {
  /** Business time of the publication (T1). */
  readonly publishedAt: Instant;
  readonly tenderDeadline: Instant;
  readonly questionsDeadline?: Instant;
  /** Tenders are submitted electronically: the directive-regime open minimum drops to 30 days (P2). */
  readonly electronicTenders: boolean;
  /** Reference of the notice in the advertising database (TED or a national one). */
  readonly noticeRef?: string;
  /**
   * The configured P2 minimum in days for every regime/procedure other than directive-regime open.
   * The command handler copies it from configuration, because `decide` reads no configuration.
   */
  readonly otherRegimeMinimumTenderDays: number;
}

export type PublishProcurement = Command<'PublishProcurement', PublishProcurementData>;

export interface CancelProcurementData {
  readonly reasonCategory: CancellationReason;
  readonly justification: string;
  /** Business time of the cancellation decision (T1). */
  readonly cancelledAt: Instant;
}

export type CancelProcurement = Command<'CancelProcurement', CancelProcurementData>;

/** Every command of the procurement stream, in lifecycle order. */
export type ProcurementCommand =
  | InitiateProcurement
  | AddSocialCriterion
  | RemoveSocialCriterion
  | PublishProcurement
  | AskClarification
  | AnswerClarification
  | ExtendTenderDeadline
  | ReceiveBid
  | WithdrawBid
  | OpenBids
  | QualifySupplier
  | ExcludeSupplier
  | EvaluateBids
  | DecideAward
  | SendAwardNotification
  | FileReviewApplication
  | IssueInterimOrder
  | LiftInterimOrder
  | DecideReview
  | EndStandstill
  | SignContract
  | PublishContractAwardNotice
  | CorrectRegistration
  | CancelProcurement;

export type ProcurementCommandType = ProcurementCommand['type'];
