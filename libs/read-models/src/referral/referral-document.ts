import type { DeclineReason, Instant, SlotReference, WithdrawalReason } from '@kravspar/domain';

export const REFERRAL_STATUSES = ['Created', 'Proposed', 'Accepted', 'Declined', 'Withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const PLACEMENT_STATUSES = ['Matched', 'Started', 'Completed', 'Interrupted'] as const;
export type PlacementStatus = (typeof PLACEMENT_STATUSES)[number];

/**
 * The slot the labour-market unit matched the referral to, told by the commitment's stream (`SlotMatched`
 * and the placement events, which name the referral).
 */
export interface MatchedSlotView {
  readonly commitmentId: string;
  readonly slotId: string;
  readonly matchedAt: Instant;
  readonly placementStatus: PlacementStatus;
  /** The commitment stream's revision this reflects: a redelivered older event changes nothing. */
  readonly commitmentRevision: number;
}

/**
 * A referral (`referral-<id>`), for the labour-market unit only. `candidateRef` points into the PII vault;
 * the candidate's identity itself is never part of this document (domain.md §3).
 */
export interface ReferralDocument {
  readonly id: string;
  readonly candidateRef: string;
  readonly targetGroupCode: string;
  readonly status: ReferralStatus;
  /** The slot last proposed; kept after a decline, so the decline names its slot. */
  readonly proposal?: SlotReference;
  readonly declineReasonCode?: DeclineReason;
  readonly withdrawalReasonCode?: WithdrawalReason;
  readonly matchedSlot?: MatchedSlotView;
  /** When the candidate's identity was erased (`CandidateDataErased`, R3); absent while it is kept. */
  readonly candidateErasedAt?: Instant;
  /** The referral stream's revision: the ETag of GET /referrals/{id}. */
  readonly revision: number;
  readonly updatedAt: Instant;
}
