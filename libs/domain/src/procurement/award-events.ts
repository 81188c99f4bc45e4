import type { DomainEvent } from '../kernel';
import type { DecideAwardData, ExcludeSupplierData, SendAwardNotificationData } from './award-commands';
import type { Opening, RankEntry } from './records';

export type BidsOpened = DomainEvent<'BidsOpened', Opening>;

export type SupplierQualified = DomainEvent<'SupplierQualified', { readonly bidId: string; readonly supplierId: string }>;

export interface Exclusion extends ExcludeSupplierData {
  readonly supplierId: string;
}

export type SupplierExcluded = DomainEvent<'SupplierExcluded', Exclusion>;

export type BidsEvaluated = DomainEvent<'BidsEvaluated', { readonly ranking: readonly RankEntry[] }>;

export type AwardDecided = DomainEvent<'AwardDecided', DecideAwardData>;

export interface AwardNotificationData extends SendAwardNotificationData {
  /**
   * P7: the last standstill day (Stockholm date); signing is allowed from the day after. Null for a
   * direct award, which has no standstill (P9).
   */
  readonly standstillLastDay: string | null;
}

export type AwardNotificationSent = DomainEvent<'AwardNotificationSent', AwardNotificationData>;
