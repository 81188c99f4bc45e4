import type { Command, Instant } from '../kernel';
import type { Money } from './vocabulary';

/** Planning only: criteria are part of the procurement documents, fixed at publication. */
export type RemoveSocialCriterion = Command<'RemoveSocialCriterion', { readonly criterionId: string }>;

/** A supplier's question; its time is the system clock's and the supplier is the verified actor's. */
export type AskClarification = Command<'AskClarification', { readonly questionId: string; readonly question: string }>;

export interface AnswerClarificationData {
  readonly questionId: string;
  readonly answer: string;
  /** Business time of the answer (T1); P3 compares it with the tender deadline. */
  readonly answeredAt: Instant;
}

export type AnswerClarification = Command<'AnswerClarification', AnswerClarificationData>;

/** Takes effect when received (the system clock's `now`), so it can only be given while the deadline has not passed. */
export interface ExtendTenderDeadlineData {
  readonly newDeadline: Instant;
  readonly reason: string;
}

export type ExtendTenderDeadline = Command<'ExtendTenderDeadline', ExtendTenderDeadlineData>;

export interface ReceiveBidData {
  readonly bidId: string;
  /** The handler copies it from the verified supplier token. */
  readonly supplierId: string;
  readonly price: Money;
  readonly socialOffer?: string;
}

/** A bid, stamped by the system clock: `receivedAt` is the command's `now` (P4). */
export type ReceiveBid = Command<'ReceiveBid', ReceiveBidData>;

export type WithdrawBid = Command<'WithdrawBid', { readonly bidId: string; readonly supplierId: string }>;
