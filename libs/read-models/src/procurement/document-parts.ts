import type {
  AwardNotificationSent,
  ContractSigned,
  Instant,
  Money,
  ProcurementEventType,
  ReviewDecided,
} from '@kravspar/domain';

// The parts of the procurement document, one type per thing the detail shows.

/**
 * A question and its answer, which go to every supplier (P3). The asking supplier is left out on purpose:
 * questions are answered anonymously, and who asked would hint at who bids.
 */
export interface ClarificationView {
  readonly questionId: string;
  readonly question: string;
  readonly askedAt: Instant;
  readonly answer?: string;
  readonly answeredAt?: Instant;
  /** P3: answered less than 6 days before the deadline, which must therefore be extended. */
  readonly extensionRequired?: boolean;
}

export interface DeadlineExtensionView {
  readonly previousDeadline: Instant;
  readonly newDeadline: Instant;
  readonly reason: string;
  readonly extendedAt: Instant;
}

export type AssessmentView =
  | { readonly verdict: 'qualified' }
  | { readonly verdict: 'excluded'; readonly ground?: string; readonly reason?: string };

/**
 * One bid. Secret under P5 until the bids are disclosed: the fields marked optional are the team's
 * evaluation, which a supplier does not see on its own bid before then.
 */
export interface BidView {
  readonly bidId: string;
  readonly supplierId: string;
  readonly price: Money;
  readonly socialOffer?: string;
  readonly receivedAt: Instant;
  readonly withdrawn: boolean;
  readonly withdrawnAt?: Instant;
  readonly assessment?: AssessmentView;
  /** From the latest evaluation; absent for a bid it did not rank. */
  readonly score?: number;
  /** 1-based place in that ranking. */
  readonly rank?: number;
  readonly winner?: boolean;
}

export interface OpeningView {
  readonly openedAt: Instant;
  readonly openers: readonly string[];
  /** The bids opened; withheld (like the bids) from readers outside the team until disclosure. */
  readonly bidIds?: readonly string[];
}

export interface AwardView {
  readonly decidedAt: Instant;
  /** Withheld with the bids until disclosure: they name the winning bidder and weigh the others. */
  readonly winnerBidIds?: readonly string[];
  readonly reasons?: string;
}

export interface NotificationView {
  readonly sentAt: Instant;
  readonly channel: AwardNotificationSent['data']['channel'];
}

export interface ReviewView {
  readonly caseNo: string;
  readonly court: string;
  readonly filedAt: Instant;
  readonly duringStandstill: boolean;
  readonly interimOrderInForce: boolean;
  readonly interimOrders: readonly { readonly issuedAt: Instant; readonly liftedAt?: Instant }[];
  readonly decision?: { readonly decidedAt: Instant; readonly outcome: ReviewDecided['data']['outcome'] };
}

export interface ContractView {
  readonly contractId: string;
  readonly bidId: string;
  readonly supplierId: string;
  readonly signedAt: Instant;
  readonly period: ContractSigned['data']['period'];
}

export interface AwardNoticeView {
  readonly publishedNoticeAt: Instant;
  readonly noticeRef: string;
  /** P11: published more than 30 days after the signing. */
  readonly late: boolean;
}

/** A registration corrected by a later event; the original event and its values stay as recorded. */
export interface CorrectionView {
  /** The revision of the `RegistrationCorrected` event itself. */
  readonly revision: number;
  /** The revision of the event whose registration it corrects. */
  readonly correctsRevision: number;
  readonly eventType: ProcurementEventType;
  readonly field: string;
  readonly correctedValue: unknown;
  readonly reason: string;
  readonly correctedAt: Instant;
}
