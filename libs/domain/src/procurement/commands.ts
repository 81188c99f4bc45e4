import type { Command, Instant } from '../kernel';
import type { SocialCriterion } from './social-criterion';
import type { CancellationReason, Money, Procedure, Regime } from './vocabulary';

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

export type ProcurementCommand =
  | InitiateProcurement
  | AddSocialCriterion
  | PublishProcurement
  | CancelProcurement;
