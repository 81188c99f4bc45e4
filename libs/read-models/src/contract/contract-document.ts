import type { Instant, PlacementType } from '@kravspar/domain';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

export const CONTRACT_STATUSES = ['Registered', 'Started'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const COMMITMENT_STATUSES = ['Established', 'Active'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

/** The contract as its own stream tells it (`contract-<id>`). */
export interface ContractDocument {
  readonly id: string;
  readonly procurementId: string;
  /** The contract owner (api.md §Roles). */
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly bidId: string;
  readonly signedAt: Instant;
  readonly period: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** The date the contract started; null until `ContractStarted`. */
  readonly startedOn: CalendarDate | null;
  readonly status: ContractStatus;
  /** The contract stream's revision: the ETag of GET /contracts/{id}. */
  readonly revision: number;
  readonly updatedAt: Instant;
}

/**
 * One commitment of a contract as the contract lists it. It comes from the commitment's own stream, so it
 * carries that stream's revision and is stored beside the contract rather than inside it.
 */
export interface ContractCommitment {
  readonly id: string;
  readonly contractId: string;
  readonly criterionId: string;
  /** Null for a social criterion that is not about placements. */
  readonly placementType: PlacementType | null;
  readonly unitsRequired: number | null;
  readonly status: CommitmentStatus;
  /** The commitment stream's revision this entry reflects. */
  readonly revision: number;
}

/** GET /contracts/{id}: the contract with its commitments in the order they were established. */
export interface ContractDetail extends ContractDocument {
  readonly commitments: readonly ContractCommitment[];
}
