import type { Instant } from '../kernel';
import type { ProcurementEventType } from './events';
import type { Money, NotificationChannel, ReviewOutcome } from './vocabulary';

/** A supplier's question (P3) and, once given, the answer that went to all suppliers. */
export interface Clarification {
  readonly questionId: string;
  readonly question: string;
  readonly supplierId: string;
  readonly askedAt: Instant;
  readonly answer?: {
    readonly answer: string;
    readonly answeredAt: Instant;
    readonly extensionRequired: boolean;
  };
}

/** P3: an answer came too close to the deadline; the deadline must move to ≥ 6 days after it. */
export interface OwedExtension {
  readonly questionId: string;
  readonly answeredAt: Instant;
}

export interface DeadlineExtension {
  readonly previousDeadline: Instant;
  readonly newDeadline: Instant;
  readonly reason: string;
}

/** The outcome of qualification: a bid is assessed once, after opening. */
export type Assessment =
  | { readonly verdict: 'qualified' }
  | { readonly verdict: 'excluded'; readonly ground?: string; readonly reason?: string };

export interface Bid {
  readonly bidId: string;
  readonly supplierId: string;
  readonly price: Money;
  readonly socialOffer?: string;
  /** Stamped by the system clock (P4). */
  readonly receivedAt: Instant;
  readonly withdrawnAt?: Instant;
  readonly assessment?: Assessment;
}

export interface Opening {
  readonly openedAt: Instant;
  readonly openers: readonly string[];
  /** The bids that were opened: every bid not withdrawn by the deadline. */
  readonly bidIds: readonly string[];
}

/** One line of the evaluation; the ranking lists qualified bids best first. */
export interface RankEntry {
  readonly bidId: string;
  readonly score: number;
}

export interface Award {
  readonly winnerBidIds: readonly string[];
  readonly reasons: string;
  readonly decidedAt: Instant;
}

export interface AwardNotification {
  readonly sentAt: Instant;
  readonly channel: NotificationChannel;
  /** The revision of `AwardNotificationSent`, so that a correction of it can be recognised. */
  readonly revision: number;
}

export interface InterimOrder {
  readonly issuedAt: Instant;
  readonly liftedAt?: Instant;
}

export interface CourtDecision {
  readonly decidedAt: Instant;
  readonly outcome: ReviewOutcome;
  readonly revision: number;
}

/** A review application (överprövning) and what the court did with it. */
export interface Review {
  readonly caseNo: string;
  readonly court: string;
  readonly filedAt: Instant;
  /** Filed before the standstill ran out: it holds the standstill open until 10 days after the decision (P8). */
  readonly duringStandstill: boolean;
  readonly interimOrders: readonly InterimOrder[];
  readonly decision?: CourtDecision;
}

export interface Period {
  /** Stockholm calendar dates, `YYYY-MM-DD`. */
  readonly start: string;
  readonly end: string;
}

export interface SignedContract {
  readonly contractId: string;
  readonly bidId: string;
  readonly supplierId: string;
  readonly signedAt: Instant;
  readonly period: Period;
}

export interface AwardNotice {
  readonly publishedNoticeAt: Instant;
  readonly noticeRef: string;
  readonly late: boolean;
}

/** A correction of the act registered at `revision` (the original event is never edited). */
export interface Correction {
  readonly revision: number;
  readonly eventType: ProcurementEventType;
  readonly field: string;
  readonly correctedValue: unknown;
  readonly reason: string;
}
