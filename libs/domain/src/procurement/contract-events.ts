import type { DomainEvent } from '../kernel';
import type { PublishContractAwardNoticeData, SignContractData } from './contract-commands';
import type { ProcurementEventType } from './events';
import type { SocialCriterion } from './social-criterion';

export interface ContractSignature extends SignContractData {
  readonly supplierId: string;
  /** The criteria the contract carries; the contract workflow establishes one commitment per criterion. */
  readonly criteria: readonly SocialCriterion[];
}

/** Recorded on the procurement stream, so that P9 and a concurrent review are decided on the same revision. */
export type ContractSigned = DomainEvent<'ContractSigned', ContractSignature>;

export interface ContractAwardNotice extends PublishContractAwardNoticeData {
  /** P11: published more than 30 days after the signing (an alert, not a refusal). */
  readonly late: boolean;
}

export type ContractAwardNoticePublished = DomainEvent<'ContractAwardNoticePublished', ContractAwardNotice>;

export interface RegistrationCorrection {
  readonly revision: number;
  readonly eventType: ProcurementEventType;
  readonly field: string;
  readonly correctedValue: unknown;
  readonly reason: string;
  /** Present when the correction moves the standstill (P7/P8): its last day as corrected. */
  readonly standstillLastDay?: string | null;
}

export type RegistrationCorrected = DomainEvent<'RegistrationCorrected', RegistrationCorrection>;
