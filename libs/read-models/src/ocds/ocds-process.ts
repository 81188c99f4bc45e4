import type { Instant, Money, Procedure, Regime, SocialCriterion } from '@kravspar/domain';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

/** A bid as the OCDS fold keeps it: only what an award discloses (supplier and price). */
export interface SealedBid {
  readonly supplierId: string;
  readonly price: Money;
  readonly withdrawn: boolean;
}

export interface AwardFacts {
  readonly id: string;
  readonly status: 'pending' | 'active' | 'cancelled';
  /** The award decision's business time. */
  readonly date: Instant;
  readonly supplierIds: readonly string[];
  readonly value?: Money;
}

export interface ContractFacts {
  readonly contractId: string;
  readonly awardId: string;
  readonly signedAt: Instant;
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  readonly value?: Money;
  readonly status: 'active' | 'terminated';
  readonly startedOn?: CalendarDate;
}

/** Counts of one commitment's slots (the funnel without `committed`, which is the criterion's). */
export interface CommitmentFacts {
  readonly criterionId: string;
  /** Each slot's current stage and how often it was interrupted: ids only, never a referral or site. */
  readonly slots: Readonly<Record<string, { readonly status: 'Offered' | 'Matched' | 'Started' | 'Completed' | 'Withdrawn'; readonly interruptions: number }>>;
  readonly judgement?: { readonly verdict: 'fulfilled' | 'breached'; readonly placementsCounted: number };
}

/**
 * One contracting process (one procurement and what followed it) as the OCDS fold knows it. `sealed` holds
 * the bids and the undisclosed award decision: P5 keeps them secret until `disclosed` (the award
 * notification, the cancellation or the signing), and `releaseOf` reads none of it.
 */
export interface OcdsProcess {
  readonly procurementId: string;
  /** The last global position applied: a redelivered event changes nothing. */
  readonly position: number;
  readonly title: string;
  readonly buyerUnitId: string;
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly estimatedValue: Money;
  readonly cpv?: string;
  readonly criteria: readonly SocialCriterion[];
  readonly publication?: {
    readonly publishedAt: Instant;
    readonly tenderDeadline: Instant;
    readonly questionsDeadline?: Instant;
    readonly electronicTenders: boolean;
  };
  readonly hasEnquiries: boolean;
  readonly amendments: readonly { readonly id: string; readonly date: Instant; readonly rationale: string }[];
  readonly cancelled: boolean;
  readonly sealed: {
    readonly bids: Readonly<Record<string, SealedBid>>;
    readonly decision?: { readonly winnerBidIds: readonly string[]; readonly decidedAt: Instant };
  };
  readonly disclosed: boolean;
  readonly awards: readonly AwardFacts[];
  readonly contract?: ContractFacts;
  readonly commitments: Readonly<Record<string, CommitmentFacts>>;
}
