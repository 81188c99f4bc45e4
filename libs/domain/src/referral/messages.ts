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
/** R2: the handler reads the commitment and states whether the slot is offered. */
export type ProposeReferral = Command<'ProposeReferral', SlotReference & { readonly slotOffered: boolean }>;
/** Only the supplier of the proposed slot; the handler puts the verified supplier id in. */
export type AcceptReferral = Command<'AcceptReferral', { readonly supplierId: string }>;
export type DeclineReferral = Command<'DeclineReferral', { readonly supplierId: string; readonly reasonCode: DeclineReason }>;
export type WithdrawReferral = Command<'WithdrawReferral', { readonly reasonCode: WithdrawalReason }>;

export type ReferralCommand = CreateReferral | ProposeReferral | AcceptReferral | DeclineReferral | WithdrawReferral;

export type ReferralCreated = DomainEvent<'ReferralCreated', ReferralFacts>;
export type ReferralProposedForSlot = DomainEvent<'ReferralProposedForSlot', SlotReference>;
export type ReferralAcceptedBySupplier = DomainEvent<'ReferralAcceptedBySupplier', SlotReference>;
export type ReferralDeclinedBySupplier = DomainEvent<'ReferralDeclinedBySupplier', SlotReference & { readonly reasonCode: DeclineReason }>;
export type ReferralWithdrawn = DomainEvent<'ReferralWithdrawn', { readonly reasonCode: WithdrawalReason }>;

export type ReferralEvent =
  | ReferralCreated
  | ReferralProposedForSlot
  | ReferralAcceptedBySupplier
  | ReferralDeclinedBySupplier
  | ReferralWithdrawn;
