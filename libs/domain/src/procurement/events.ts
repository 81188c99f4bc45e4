import type { DomainEvent, Instant } from '../kernel';
import type { CancelProcurementData, ProcurementDetails } from './commands';
import type {
  AwardDecided,
  AwardNotificationSent,
  BidsEvaluated,
  BidsOpened,
  SupplierExcluded,
  SupplierQualified,
} from './award-events';
import type { ContractAwardNoticePublished, ContractSigned, RegistrationCorrected } from './contract-events';
import type {
  InterimOrderIssued,
  InterimOrderLifted,
  ReviewApplicationFiled,
  ReviewDecided,
  StandstillEnded,
} from './review-events';
import type { SocialCriterion } from './social-criterion';
import type {
  BidReceived,
  BidWithdrawn,
  ClarificationAnswered,
  ClarificationRequested,
  SocialCriterionRemoved,
  TenderDeadlineExtended,
} from './tender-events';

export type * from './award-events';
export type * from './contract-events';
export type * from './review-events';
export type * from './tender-events';

export type ProcurementInitiated = DomainEvent<'ProcurementInitiated', ProcurementDetails>;

export type SocialCriterionAdded = DomainEvent<'SocialCriterionAdded', SocialCriterion>;

export interface Publication {
  readonly publishedAt: Instant;
  readonly tenderDeadline: Instant;
  readonly questionsDeadline?: Instant;
  readonly electronicTenders: boolean;
  readonly noticeRef?: string;
  /**
   * The P2 minimum (in Stockholm calendar days) the deadline was checked against. Kept in the event because
   * the configured minimum may change later, and the audit timeline must show the one that applied.
   */
  readonly minimumTenderDays: number;
}

export type ProcurementPublished = DomainEvent<'ProcurementPublished', Publication>;

export type Cancellation = CancelProcurementData;

export type ProcurementCancelled = DomainEvent<'ProcurementCancelled', Cancellation>;

/** Every event of the procurement stream, in lifecycle order (domain.md §2). */
export type ProcurementEvent =
  | ProcurementInitiated
  | SocialCriterionAdded
  | SocialCriterionRemoved
  | ProcurementPublished
  | ClarificationRequested
  | ClarificationAnswered
  | TenderDeadlineExtended
  | BidReceived
  | BidWithdrawn
  | BidsOpened
  | SupplierQualified
  | SupplierExcluded
  | BidsEvaluated
  | AwardDecided
  | AwardNotificationSent
  | ReviewApplicationFiled
  | InterimOrderIssued
  | InterimOrderLifted
  | ReviewDecided
  | StandstillEnded
  | ContractSigned
  | ContractAwardNoticePublished
  | RegistrationCorrected
  | ProcurementCancelled;

export type ProcurementEventType = ProcurementEvent['type'];
