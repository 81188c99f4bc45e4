import type { Instant } from '../kernel';
import type { ProcurementDetails } from './commands';
import type { Cancellation, ProcurementEventType, Publication } from './events';
import type {
  Award,
  AwardNotice,
  AwardNotification,
  Bid,
  Clarification,
  Correction,
  DeadlineExtension,
  Opening,
  OwedExtension,
  RankEntry,
  Review,
  SignedContract,
} from './records';
import type { SocialCriterion } from './social-criterion';

/**
 * What every stage after initiation knows. Criteria are keyed by id; look them up with `findCriterion`,
 * never by indexing, so that an id such as `constructor` cannot hit `Object.prototype`.
 */
export interface ProcurementFacts extends ProcurementDetails {
  readonly criteria: Readonly<Record<string, SocialCriterion>>;
  /** Ids removed while planning, so that a repeated removal is recognised as one. */
  readonly removedCriterionIds: readonly string[];
  /** The type of the event at each revision (index = revision): corrections refer to revisions. */
  readonly eventTypes: readonly ProcurementEventType[];
  readonly corrections: readonly Correction[];
}

/** The tender period: questions, answers, extensions and bids. `tenderDeadline` is the current one. */
export interface TenderFacts extends ProcurementFacts {
  readonly publication: Publication;
  readonly tenderDeadline: Instant;
  readonly extensions: readonly DeadlineExtension[];
  readonly questions: Readonly<Record<string, Clarification>>;
  /** P3: set while a late answer still needs the deadline extended. */
  readonly owedExtension?: OwedExtension;
  readonly bids: Readonly<Record<string, Bid>>;
}

export interface OpenedFacts extends TenderFacts {
  readonly opening: Opening;
}

/**
 * After evaluation. Reviews are a field, not a stage (UnderReview): a review runs beside the stage it was
 * filed in and blocks signing only through `signingBlockers`; a court's correction can move the stage back.
 */
export interface EvaluatedFacts extends OpenedFacts {
  readonly ranking: readonly RankEntry[];
  readonly reviews: Readonly<Record<string, Review>>;
  /** P5: bids became public with the first award notification, and stay public even if the award is redone. */
  readonly awardNotificationSentAt?: Instant;
  /** The case whose court decision sent the award back: a new ranking may replace the old one. */
  readonly reopenedBy?: string;
}

export interface AwardedFacts extends EvaluatedFacts {
  readonly award: Award;
}

export interface NotifiedFacts extends AwardedFacts {
  readonly notification: AwardNotification;
  readonly awardNotificationSentAt: Instant;
  /** P7 as extended by P8; null for a direct award (P9: no standstill). */
  readonly standstillLastDay: string | null;
}

export interface AbsentProcurement {
  readonly status: 'Absent';
}

export interface PlanningProcurement extends ProcurementFacts {
  readonly status: 'Planning';
}

/**
 * The tender period is running, or has closed without opening. TenderPeriodClosed is no stage of its own:
 * no event marks it, it is `Published` with the system clock past `tenderDeadline`.
 */
export interface PublishedProcurement extends TenderFacts {
  readonly status: 'Published';
}

/** Bids are opened; each is being qualified or excluded. */
export interface BidsOpenedProcurement extends OpenedFacts {
  readonly status: 'BidsOpened';
}

/** The qualified bids are ranked; the award decision is next. */
export interface EvaluatingProcurement extends EvaluatedFacts {
  readonly status: 'Evaluating';
}

export interface AwardDecidedProcurement extends AwardedFacts {
  readonly status: 'AwardDecided';
}

/** The award notification is sent and the standstill (P7, perhaps extended by a review under P8) runs. */
export interface StandstillProcurement extends NotifiedFacts {
  readonly status: 'Standstill';
  readonly standstillLastDay: string;
}

/** The standstill has ended (or a direct award has none); only an interim order can still block signing. */
export interface ReadyToContractProcurement extends NotifiedFacts {
  readonly status: 'ReadyToContract';
  readonly standstillEndedAt?: Instant;
}

/** The contract is signed. Nothing changes any more except that the contract award notice is published (P11). */
export interface ConcludedProcurement extends AwardedFacts {
  readonly status: 'Concluded';
  /** Absent for a direct award signed without a notification. */
  readonly notification?: AwardNotification;
  readonly standstillLastDay: string | null;
  readonly standstillEndedAt?: Instant;
  readonly contract: SignedContract;
  readonly awardNotice?: AwardNotice;
}

/** Every stage that can still be cancelled (P10: any stage before signing). */
export type CancellableProcurement =
  | PlanningProcurement
  | PublishedProcurement
  | BidsOpenedProcurement
  | EvaluatingProcurement
  | AwardDecidedProcurement
  | StandstillProcurement
  | ReadyToContractProcurement;

/** Terminal. Keeps what the stage it was cancelled in knew, e.g. whether tenderers must be notified. */
export interface CancelledProcurement
  extends ProcurementFacts,
    Partial<Omit<NotifiedFacts, keyof ProcurementFacts | 'standstillLastDay'>> {
  readonly status: 'Cancelled';
  readonly cancelledIn: CancellableProcurement['status'];
  readonly standstillLastDay?: string | null;
  readonly standstillEndedAt?: Instant;
  readonly cancellation: Cancellation;
}

/** The tender lifecycle of domain.md §2, one type per stage. */
export type ProcurementState = AbsentProcurement | CancellableProcurement | ConcludedProcurement | CancelledProcurement;

export type ProcurementStatus = ProcurementState['status'];

export const initialProcurementState: ProcurementState = { status: 'Absent' };
