import type { Command, Instant } from '../kernel';
import type { RankEntry } from './records';
import type { NotificationChannel } from './vocabulary';

export interface OpenBidsData {
  /** Business time of the opening (T1); P4 requires it after the tender deadline. */
  readonly openedAt: Instant;
  /** The appointed openers' user ids; P4 requires at least two distinct ones. */
  readonly openers: readonly string[];
}

export type OpenBids = Command<'OpenBids', OpenBidsData>;

export type QualifySupplier = Command<'QualifySupplier', { readonly bidId: string }>;

export interface ExcludeSupplierData {
  readonly bidId: string;
  /** The exclusion ground, e.g. a paragraph of LOU 13 kap. */
  readonly ground?: string;
  readonly reason?: string;
}

export type ExcludeSupplier = Command<'ExcludeSupplier', ExcludeSupplierData>;

/** The ranking of the qualified bids, best first. */
export type EvaluateBids = Command<'EvaluateBids', { readonly ranking: readonly RankEntry[] }>;

export interface DecideAwardData {
  readonly winnerBidIds: readonly string[];
  /** The concrete reasons the decision states (P6, LOU 12:12). */
  readonly reasons: string;
  readonly decidedAt: Instant;
}

export type DecideAward = Command<'DecideAward', DecideAwardData>;

export interface SendAwardNotificationData {
  readonly sentAt: Instant;
  readonly channel: NotificationChannel;
}

export type SendAwardNotification = Command<'SendAwardNotification', SendAwardNotificationData>;
