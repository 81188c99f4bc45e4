import type { Instant, InterruptionReason, PlacementOutcome, SocialCriterion } from '@kravspar/domain';
import type { CommitmentStatus } from '../contract';
import type { PlacementFunnel } from './placement-funnel';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

/**
 * A slot as the read model shows it. An interrupted placement reopens its slot at once (domain.md §3:
 * Interrupted → Offered), so `Interrupted` is not a status here: it is the slot's list of interruptions.
 */
export const SLOT_STATUSES = ['Offered', 'Matched', 'Started', 'Completed', 'Withdrawn'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface SlotInterruption {
  readonly date: CalendarDate;
  readonly reasonCode: InterruptionReason;
}

/**
 * One placement slot. `referralId` is the labour-market unit's opaque id of a referral: no candidate
 * identity is ever stored here (domain.md §3). The fields of the current placement are cleared when it is
 * interrupted, so they always describe the slot's present occupant.
 */
export interface SlotView {
  readonly slotId: string;
  readonly site: string;
  readonly startWindow: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly status: SlotStatus;
  readonly offeredAt: Instant;
  readonly referralId?: string;
  readonly matchedAt?: Instant;
  readonly startedOn?: CalendarDate;
  readonly completedOn?: CalendarDate;
  readonly outcomeCode?: PlacementOutcome;
  readonly monthsServed?: number;
  readonly interruptions: readonly SlotInterruption[];
}

/** A social commitment (`commitment-<id>`): its terms, its slots and the placement funnel they give. */
export interface CommitmentDocument {
  readonly id: string;
  readonly contractId: string;
  readonly procurementId: string;
  /** The contract owner. */
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly criterion: SocialCriterion;
  /** Stockholm date of the contract's signing. */
  readonly signedOn: CalendarDate;
  /** The year the KPIs count the commitment in: the year of `signedOn`. */
  readonly year: number;
  readonly status: CommitmentStatus;
  /** The contract's start date, from `CommitmentActivated`; null before. */
  readonly activatedOn: CalendarDate | null;
  readonly slots: readonly SlotView[];
  readonly funnel: PlacementFunnel;
  /** The commitment stream's revision: the ETag of GET /commitments/{id}. */
  readonly revision: number;
  readonly updatedAt: Instant;
}
