import type { Instant } from '../kernel';
import type {
  DecideAward,
  DecideAwardData,
  EvaluateBids,
  ExcludeSupplier,
  ExcludeSupplierData,
  OpenBids,
  OpenBidsData,
  QualifySupplier,
  SendAwardNotification,
  SendAwardNotificationData,
} from './award-commands';
import type {
  AwardDecided,
  AwardNotificationData,
  AwardNotificationSent,
  BidsEvaluated,
  BidsOpened,
  SupplierExcluded,
  SupplierQualified,
} from './award-events';
import type { Opening, RankEntry } from './records';
import { asOfficer, LATER, withBids } from './tender.fixtures';

// Test data from the opening to the award notification (not exported from the lib).

const openingData: OpenBidsData = { openedAt: '2025-05-13T09:00:00+02:00', openers: ['officer-1', 'officer-2'] };

export const open = (data: Partial<OpenBidsData> = {}, now: Instant = LATER): OpenBids => ({
  type: 'OpenBids',
  data: { ...openingData, ...data },
  metadata: asOfficer(now),
});

export const opened = (data: Partial<Opening> = {}): BidsOpened => {
  const event = { ...openingData, bidIds: ['b1', 'b2', 'b3'], ...data };
  return { type: 'BidsOpened', data: event, metadata: { occurredAt: event.openedAt, ruleRefs: ['P4', 'T1'] } };
};

export const qualify = (bidId = 'b1', now: Instant = LATER): QualifySupplier => ({
  type: 'QualifySupplier',
  data: { bidId },
  metadata: asOfficer(now),
});

export const qualified = (bidId = 'b1', supplierId = 's1', at: Instant = LATER): SupplierQualified => ({
  type: 'SupplierQualified',
  data: { bidId, supplierId },
  metadata: { occurredAt: at, ruleRefs: ['P6'] },
});

const exclusion = { ground: 'LOU 13:3', reason: 'Skatteskulder hos Skatteverket' };

export const exclude = (data: Partial<ExcludeSupplierData> = {}, now: Instant = LATER): ExcludeSupplier => ({
  type: 'ExcludeSupplier',
  data: { bidId: 'b3', ...exclusion, ...data },
  metadata: asOfficer(now),
});

export const excluded = (bidId = 'b3', supplierId = 's3', at: Instant = LATER): SupplierExcluded => ({
  type: 'SupplierExcluded',
  data: { bidId, supplierId, ...exclusion },
  metadata: { occurredAt: at, ruleRefs: ['P6'] },
});

export const RANKING: readonly RankEntry[] = [
  { bidId: 'b1', score: 92 },
  { bidId: 'b2', score: 81 },
];

export const evaluate = (ranking: readonly RankEntry[] = RANKING, now: Instant = LATER): EvaluateBids => ({
  type: 'EvaluateBids',
  data: { ranking },
  metadata: asOfficer(now),
});

export const evaluated = (ranking: readonly RankEntry[] = RANKING, at: Instant = LATER): BidsEvaluated => ({
  type: 'BidsEvaluated',
  data: { ranking },
  metadata: { occurredAt: at, ruleRefs: ['P6'] },
});

const awardData: DecideAwardData = {
  winnerBidIds: ['b1'],
  reasons: 'Högst poäng för kvalitet (planen för arbetsträning) vid näst lägsta pris; se utvärderingsprotokollet.',
  decidedAt: '2025-06-05T10:00:00+02:00',
};

export const decide = (data: Partial<DecideAwardData> = {}, now: Instant = LATER): DecideAward => ({
  type: 'DecideAward',
  data: { ...awardData, ...data },
  metadata: asOfficer(now),
});

export const awardDecided = (data: Partial<DecideAwardData> = {}): AwardDecided => {
  const event = { ...awardData, ...data };
  return { type: 'AwardDecided', data: event, metadata: { occurredAt: event.decidedAt, ruleRefs: ['P6', 'T1'] } };
};

const notificationData: SendAwardNotificationData = { sentAt: '2025-06-10T10:00:00+02:00', channel: 'electronic' };

export const notify = (data: Partial<SendAwardNotificationData> = {}, now: Instant = LATER): SendAwardNotification => ({
  type: 'SendAwardNotification',
  data: { ...notificationData, ...data },
  metadata: asOfficer(now),
});

export const notified = (data: Partial<AwardNotificationData> = {}, ruleRefs = ['P7', 'T1']): AwardNotificationSent => {
  const event = { ...notificationData, standstillLastDay: '2025-06-23', ...data };
  return { type: 'AwardNotificationSent', data: event, metadata: { occurredAt: event.sentAt, ruleRefs } };
};

export const opening = [...withBids, opened()];
/** b1 and b2 qualified, b3 excluded. */
export const assessed = [...opening, qualified('b1', 's1'), qualified('b2', 's2'), excluded()];
export const evaluation = [...assessed, evaluated()];
export const awarded = [...evaluation, awardDecided()];
/** Notified electronically on 10 June 2025: the standstill runs to 23 June (Midsummer Eve on 20 June). */
export const standstill = [...awarded, notified()];
