import type { DomainEvent, Instant } from '../kernel';
import type { CourtActData, FileReviewApplicationData } from './review-commands';
import type { ReviewOutcome } from './vocabulary';

export interface ReviewApplication extends FileReviewApplicationData {
  /** P8: filed before the standstill ran out, so it holds the standstill until 10 days after the decision. */
  readonly duringStandstill: boolean;
}

export type ReviewApplicationFiled = DomainEvent<'ReviewApplicationFiled', ReviewApplication>;

export type InterimOrderIssued = DomainEvent<'InterimOrderIssued', CourtActData>;

export type InterimOrderLifted = DomainEvent<'InterimOrderLifted', CourtActData>;

export interface ReviewDecision {
  readonly caseNo: string;
  readonly decidedAt: Instant;
  readonly outcome: ReviewOutcome;
  /**
   * The standstill's last day after this decision (P8: 10 days after the decision for a review filed during
   * the standstill, never earlier than it already was). Null when the decision does not bear on a running
   * standstill: a review filed after it, a direct award, or an outcome that sends the award back.
   */
  readonly standstillLastDay: string | null;
}

export type ReviewDecided = DomainEvent<'ReviewDecided', ReviewDecision>;

export type StandstillEnded = DomainEvent<'StandstillEnded', { readonly standstillLastDay: string }>;
