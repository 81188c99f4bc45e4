import type { DomainEvent, Instant } from '../kernel';
import type { AnswerClarificationData, ExtendTenderDeadlineData, ReceiveBidData } from './tender-commands';

export type SocialCriterionRemoved = DomainEvent<'SocialCriterionRemoved', { readonly criterionId: string }>;

export interface ClarificationRequest {
  readonly questionId: string;
  readonly question: string;
  readonly supplierId: string;
}

export type ClarificationRequested = DomainEvent<'ClarificationRequested', ClarificationRequest>;

export interface ClarificationAnswer extends AnswerClarificationData {
  /** P3: the answer came less than 6 days before the tender deadline, which must now be extended. */
  readonly extensionRequired: boolean;
}

export type ClarificationAnswered = DomainEvent<'ClarificationAnswered', ClarificationAnswer>;

export interface TenderDeadlineExtension extends ExtendTenderDeadlineData {
  readonly previousDeadline: Instant;
}

export type TenderDeadlineExtended = DomainEvent<'TenderDeadlineExtended', TenderDeadlineExtension>;

export interface ReceivedBid extends ReceiveBidData {
  readonly receivedAt: Instant;
}

export type BidReceived = DomainEvent<'BidReceived', ReceivedBid>;

/** Schema version 2 (v1 lacked `withdrawnAt`; `procurement/upcasters.ts` brings v1 events up to date on read). */
export interface WithdrawnBid {
  readonly bidId: string;
  readonly supplierId: string;
  readonly withdrawnAt: Instant;
}

export type BidWithdrawn = DomainEvent<'BidWithdrawn', WithdrawnBid>;
