import type { ProcurementDetails } from './commands';
import type { Cancellation, Publication } from './events';
import type { SocialCriterion } from './social-criterion';

/**
 * What every stage after initiation knows. Criteria are keyed by id; look them up with `findCriterion`,
 * never by indexing, so that an id such as `constructor` cannot hit `Object.prototype`.
 */
export interface ProcurementFacts extends ProcurementDetails {
  readonly criteria: Readonly<Record<string, SocialCriterion>>;
}

/** No `ProcurementInitiated` yet: the stream does not exist. */
export interface AbsentProcurement {
  readonly status: 'Absent';
}

/** Initiated, not yet published: criteria may still be added. */
export interface PlanningProcurement extends ProcurementFacts {
  readonly status: 'Planning';
}

/** Published: the tender period is running and the criteria are fixed. */
export interface PublishedProcurement extends ProcurementFacts {
  readonly status: 'Published';
  readonly publication: Publication;
}

/** The stages a procurement can be cancelled from (P10: any stage before signing). */
export type CancellableProcurement = PlanningProcurement | PublishedProcurement;

/** Terminal. Keeps what the stage it was cancelled in knew, e.g. whether tenderers must be notified. */
export interface CancelledProcurement extends ProcurementFacts {
  readonly status: 'Cancelled';
  readonly cancelledIn: CancellableProcurement['status'];
  readonly publication?: Publication;
  readonly cancellation: Cancellation;
}

/**
 * The tender lifecycle of domain.md §2. Later stages (TenderPeriodClosed, BidsOpened, Evaluating,
 * AwardDecided, ReadyToContract, Concluded, UnderReview) join this union as their commands are added.
 */
export type ProcurementState =
  | AbsentProcurement
  | PlanningProcurement
  | PublishedProcurement
  | CancelledProcurement;

export type ProcurementStatus = ProcurementState['status'];

export const initialProcurementState: ProcurementState = { status: 'Absent' };

/** A switch, so that each stage added later must say whether it is terminal (Concluded will be). */
export function isTerminal(state: ProcurementState): boolean {
  switch (state.status) {
    case 'Cancelled':
      return true;
    case 'Absent':
    case 'Planning':
    case 'Published':
      return false;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

export function findCriterion(
  state: ProcurementState,
  criterionId: string,
): SocialCriterion | undefined {
  if (state.status === 'Absent') return undefined;
  return Object.hasOwn(state.criteria, criterionId) ? state.criteria[criterionId] : undefined;
}
