import type { Command, Instant } from '../kernel';
import type { Period } from './records';

export interface SignContractData {
  /** The id of the contract stream the workflow opens on `ContractSigned`. */
  readonly contractId: string;
  /** The winning bid the contract is signed with (P6). */
  readonly bidId: string;
  /** Business time of the signing (T1); P9 compares its Stockholm date with the standstill. */
  readonly signedAt: Instant;
  readonly period: Period;
}

export type SignContract = Command<'SignContract', SignContractData>;

export interface PublishContractAwardNoticeData {
  readonly publishedNoticeAt: Instant;
  readonly noticeRef: string;
}

export type PublishContractAwardNotice = Command<'PublishContractAwardNotice', PublishContractAwardNoticeData>;

export interface CorrectRegistrationData {
  /** The revision of the event whose registration was wrong. */
  readonly revision: number;
  /** A data field of that event, e.g. `sentAt`. */
  readonly field: string;
  /** The right value; an instant for a time field. */
  readonly correctedValue: unknown;
  readonly reason: string;
}

export type CorrectRegistration = Command<'CorrectRegistration', CorrectRegistrationData>;
