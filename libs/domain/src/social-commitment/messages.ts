import type { Command, DomainEvent, Instant } from '../kernel';
import type { SocialCriterion } from '../procurement';
import type { CommitmentFollowUpCommand, CommitmentFollowUpEvent } from './follow-up-messages';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

/** S5: closed code lists, no free text (they feed outcome statistics). */
export const INTERRUPTION_REASONS = ['participantIll', 'participantLeft', 'supplierEnded', 'mismatch', 'movedToOtherMeasure', 'other'] as const;
export type InterruptionReason = (typeof INTERRUPTION_REASONS)[number];
export const PLACEMENT_OUTCOMES = ['employment', 'education', 'continuedMeasure', 'jobSeeking', 'noOutcome', 'other'] as const;
export type PlacementOutcome = (typeof PLACEMENT_OUTCOMES)[number];

export interface CommitmentTerms {
  readonly commitmentId: string;
  readonly contractId: string;
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly criterion: SocialCriterion;
  /** Stockholm date of the signing: the year the funnel counts the commitment in. */
  readonly signedOn: CalendarDate;
}

export interface SlotOffer {
  readonly slotId: string;
  readonly site: string;
  readonly startWindow: { readonly from: CalendarDate; readonly to: CalendarDate };
}

/** Sent by the workflow: one per social criterion of a registered contract. */
export type EstablishCommitment = Command<'EstablishCommitment', CommitmentTerms>;
/** Sent by the workflow on `ContractStarted`. */
export type ActivateCommitment = Command<'ActivateCommitment', { readonly contractStartDate: CalendarDate }>;
/** S8: only the contract's supplier; the handler puts the verified supplier id in. */
export type OfferSlot = Command<'OfferSlot', SlotOffer & { readonly supplierId: string }>;
export type WithdrawSlot = Command<'WithdrawSlot', { readonly slotId: string; readonly supplierId: string }>;
/** R3: the handler reads the referral and the vault and states whether its candidate was erased. */
export type MatchSlot = Command<'MatchSlot', { readonly slotId: string; readonly referralId: string; readonly matchedAt: Instant; readonly candidateErased: boolean }>;
export type StartPlacement = Command<'StartPlacement', { readonly slotId: string; readonly date: CalendarDate }>;
export type InterruptPlacement = Command<'InterruptPlacement', { readonly slotId: string; readonly date: CalendarDate; readonly reasonCode: InterruptionReason }>;
export type CompletePlacement = Command<
  'CompletePlacement',
  { readonly slotId: string; readonly date: CalendarDate; readonly outcomeCode: PlacementOutcome; readonly monthsServed: number }
>;

export type CommitmentCommand =
  | EstablishCommitment
  | ActivateCommitment
  | OfferSlot
  | WithdrawSlot
  | MatchSlot
  | StartPlacement
  | InterruptPlacement
  | CompletePlacement
  | CommitmentFollowUpCommand;

export type CommitmentEstablished = DomainEvent<'CommitmentEstablished', CommitmentTerms>;
export type CommitmentActivated = DomainEvent<'CommitmentActivated', { readonly contractStartDate: CalendarDate }>;
export type PlacementSlotOffered = DomainEvent<'PlacementSlotOffered', SlotOffer>;
export type SlotWithdrawn = DomainEvent<'SlotWithdrawn', { readonly slotId: string }>;
export type SlotMatched = DomainEvent<'SlotMatched', { readonly slotId: string; readonly referralId: string; readonly matchedAt: Instant }>;
export type PlacementStarted = DomainEvent<'PlacementStarted', { readonly slotId: string; readonly referralId: string; readonly date: CalendarDate }>;
export type PlacementInterrupted = DomainEvent<
  'PlacementInterrupted',
  { readonly slotId: string; readonly referralId: string; readonly date: CalendarDate; readonly reasonCode: InterruptionReason }
>;
/** An interrupted slot is offered again (domain.md §3: Interrupted → Offered). */
export type SlotReopened = DomainEvent<'SlotReopened', { readonly slotId: string }>;
export type PlacementCompleted = DomainEvent<
  'PlacementCompleted',
  { readonly slotId: string; readonly referralId: string; readonly date: CalendarDate; readonly outcomeCode: PlacementOutcome; readonly monthsServed: number }
>;

export type CommitmentEvent =
  | CommitmentEstablished
  | CommitmentActivated
  | PlacementSlotOffered
  | SlotWithdrawn
  | SlotMatched
  | PlacementStarted
  | PlacementInterrupted
  | SlotReopened
  | PlacementCompleted
  | CommitmentFollowUpEvent;
