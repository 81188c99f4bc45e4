import type { Command, Instant } from '../kernel';
import type { ReviewOutcome } from './vocabulary';

export interface FileReviewApplicationData {
  /** The court's case number; it identifies the review on this stream. */
  readonly caseNo: string;
  readonly court: string;
  /** When the application reached the court (T1); P8 compares its Stockholm date with the standstill. */
  readonly filedAt: Instant;
}

export type FileReviewApplication = Command<'FileReviewApplication', FileReviewApplicationData>;

export interface CourtActData {
  readonly caseNo: string;
  /** Business time of the court's act (T1). */
  readonly at: Instant;
}

export type IssueInterimOrder = Command<'IssueInterimOrder', CourtActData>;

export type LiftInterimOrder = Command<'LiftInterimOrder', CourtActData>;

export interface DecideReviewData extends CourtActData {
  readonly outcome: ReviewOutcome;
}

export type DecideReview = Command<'DecideReview', DecideReviewData>;

/** Sent by the standstill timer (domain.md §6); its time is the system clock's `now`. */
export type EndStandstill = Command<'EndStandstill', Record<string, never>>;
