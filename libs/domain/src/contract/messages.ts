import type { Command, DomainEvent, Instant } from '../kernel';
import type { Period, SocialCriterion } from '../procurement';
import type { ContractFollowUpCommand, ContractFollowUpEvent } from './follow-up-messages';

/** A Stockholm calendar date, `YYYY-MM-DD`. */
type CalendarDate = string;

export interface ContractRegistration {
  readonly contractId: string;
  readonly procurementId: string;
  /** The contract owner is the procurement's buyer unit (api.md §Roles). */
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly bidId: string;
  readonly signedAt: Instant;
  readonly period: Period;
  /** The procurement's social criteria: one commitment is established per criterion. */
  readonly criteria: readonly SocialCriterion[];
}

/** Sent by the workflow on `ContractSigned` (domain.md §6). */
export type RegisterContract = Command<'RegisterContract', ContractRegistration>;
export type StartContract = Command<'StartContract', { readonly date: CalendarDate }>;

export type ContractCommand = RegisterContract | StartContract | ContractFollowUpCommand;

export type ContractRegistered = DomainEvent<'ContractRegistered', ContractRegistration>;
export type ContractStarted = DomainEvent<'ContractStarted', { readonly date: CalendarDate }>;

export type ContractEvent = ContractRegistered | ContractStarted | ContractFollowUpEvent;
