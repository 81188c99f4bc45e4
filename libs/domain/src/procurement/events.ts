import type { DomainEvent, Instant } from '../kernel';
import type { CancelProcurementData, ProcurementDetails } from './commands';
import type { SocialCriterion } from './social-criterion';

export type ProcurementInitiated = DomainEvent<'ProcurementInitiated', ProcurementDetails>;

export type SocialCriterionAdded = DomainEvent<'SocialCriterionAdded', SocialCriterion>;

export interface Publication {
  readonly publishedAt: Instant;
  readonly tenderDeadline: Instant;
  readonly questionsDeadline?: Instant;
  readonly electronicTenders: boolean;
  readonly noticeRef?: string;
  /**
   * The P2 minimum (in Stockholm calendar days) the deadline was checked against. Kept in the event because
   * the configured minimum may change later, and the audit timeline must show the one that applied.
   */
  readonly minimumTenderDays: number;
}

export type ProcurementPublished = DomainEvent<'ProcurementPublished', Publication>;

export type Cancellation = CancelProcurementData;

export type ProcurementCancelled = DomainEvent<'ProcurementCancelled', Cancellation>;

export type ProcurementEvent =
  | ProcurementInitiated
  | SocialCriterionAdded
  | ProcurementPublished
  | ProcurementCancelled;

export type ProcurementEventType = ProcurementEvent['type'];
