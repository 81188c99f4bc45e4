import type { Command, DomainEvent } from '../kernel';

export const DECLINE_REASONS = ['noCapacity', 'mismatch', 'candidateUnavailable', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const WITHDRAWAL_REASONS = ['candidateDeclined', 'candidateUnavailable', 'matchedElsewhere', 'other'] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

/**
 * A referral of a candidate by the labour-market unit. The candidate's identity lives only in the PII
 * vault; the stream holds the opaque `candidateRef` (domain.md §3).
 */
export interface ReferralFacts {
  readonly referralId: string;
  readonly candidateRef: string;
  readonly targetGroupCode: string;
}

export interface SlotReference {
  readonly commitmentId: string;
  readonly slotId: string;
  /** The supplier of the slot's contract, who may accept or decline. */
  readonly supplierId: string;
}

export type CreateReferral = Command<'CreateReferral', ReferralFacts>;
/**
 * R2: the handler reads the commitment and states whether the slot is offered. R3: it also states whether
 * the vault has destroyed the candidate's key, which is true before `CandidateDataErased` reaches this
 * stream when an erasure stopped between the two steps.
 */
export type ProposeReferral = Command<'ProposeReferral', SlotReference & { readonly slotOffered: boolean; readonly candidateErased: boolean }>;
/** Only the supplier of the proposed slot; the handler puts the verified supplier id in. */
export type AcceptReferral = Command<'AcceptReferral', { readonly supplierId: string }>;
export type DeclineReferral = Command<'DeclineReferral', { readonly supplierId: string; readonly reasonCode: DeclineReason }>;
export type WithdrawReferral = Command<'WithdrawReferral', { readonly reasonCode: WithdrawalReason }>;
/** Sent after the PII vault destroyed the candidate's key (crypto-shredding), to each of its referrals. */
export type EraseCandidateData = Command<'EraseCandidateData', { readonly candidateRef: string }>;

export type ReferralCommand = CreateReferral | ProposeReferral | AcceptReferral | DeclineReferral | WithdrawReferral | EraseCandidateData;

export type ReferralCreated = DomainEvent<'ReferralCreated', ReferralFacts>;
export type ReferralProposedForSlot = DomainEvent<'ReferralProposedForSlot', SlotReference>;
export type ReferralAcceptedBySupplier = DomainEvent<'ReferralAcceptedBySupplier', SlotReference>;
export type ReferralDeclinedBySupplier = DomainEvent<'ReferralDeclinedBySupplier', SlotReference & { readonly reasonCode: DeclineReason }>;
export type ReferralWithdrawn = DomainEvent<'ReferralWithdrawn', { readonly reasonCode: WithdrawalReason }>;
/** R3: the candidate's identity is gone for good; nothing may be proposed or matched for it any more. */
export type CandidateDataErased = DomainEvent<'CandidateDataErased', { readonly candidateRef: string }>;

export type ReferralEvent =
  | ReferralCreated
  | ReferralProposedForSlot
  | ReferralAcceptedBySupplier
  | ReferralDeclinedBySupplier
  | ReferralWithdrawn
  | CandidateDataErased;
