import type { Actor, CommandMetadata, Instant } from '../kernel';
import type {
  AnswerClarification,
  AskClarification,
  ExtendTenderDeadline,
  ReceiveBid,
  ReceiveBidData,
  RemoveSocialCriterion,
  WithdrawBid,
} from './tender-commands';
import type {
  BidReceived,
  BidWithdrawn,
  ClarificationAnswer,
  ClarificationAnswered,
  ClarificationRequested,
  SocialCriterionRemoved,
  TenderDeadlineExtended,
  TenderDeadlineExtension,
} from './tender-events';
import { criterionAdded, initiated, officer, published } from './procurement.fixtures';

// Test data for the tender period (not exported from the lib): published 1 April 2025, deadline 12 May.

export const PUBLISHED_AT: Instant = '2025-04-01T10:00:00+02:00';
export const TENDER_DEADLINE: Instant = '2025-05-12T12:00:00+02:00';
/** A moment inside the tender period, for the acts stamped by the system clock. */
export const DURING_TENDER: Instant = '2025-04-20T09:00:00+02:00';
/** Long after every act of these fixtures: officers register their acts afterwards (T1 allows the past). */
export const LATER: Instant = '2026-02-02T09:00:00+01:00';

export const supplier = (supplierId: string): Actor => ({ userId: `user-${supplierId}`, role: 'supplier', unitId: supplierId, supplierId });
export const asSupplier = (supplierId: string, now: Instant = DURING_TENDER): CommandMetadata => ({ actor: supplier(supplierId), now });
export const asOfficer = (now: Instant = LATER): CommandMetadata => ({ actor: officer, now });

export const tenderPeriod = [
  initiated(),
  criterionAdded(),
  published({ publishedAt: PUBLISHED_AT, tenderDeadline: TENDER_DEADLINE }),
];

export const removeCriterion = (criterionId = 'crit-work-training', now: Instant = LATER): RemoveSocialCriterion => ({
  type: 'RemoveSocialCriterion',
  data: { criterionId },
  metadata: asOfficer(now),
});

export const criterionRemoved = (criterionId = 'crit-work-training', at: Instant = LATER): SocialCriterionRemoved => ({
  type: 'SocialCriterionRemoved',
  data: { criterionId },
  metadata: { occurredAt: at },
});

export const QUESTION = 'Ingår tömning av kärl i städningen?';

export const ask = (questionId = 'q1', supplierId = 's1', now: Instant = DURING_TENDER): AskClarification => ({
  type: 'AskClarification',
  data: { questionId, question: QUESTION },
  metadata: asSupplier(supplierId, now),
});

export const asked = (questionId = 'q1', supplierId = 's1', at: Instant = DURING_TENDER): ClarificationRequested => ({
  type: 'ClarificationRequested',
  data: { questionId, question: QUESTION, supplierId },
  metadata: { occurredAt: at, ruleRefs: ['P3'] },
});

const answerData = { questionId: 'q1', answer: 'Nej, tömning ingår inte.', answeredAt: '2025-04-22T14:00:00+02:00' };

export const answer = (data: Partial<typeof answerData> = {}, now: Instant = LATER): AnswerClarification => ({
  type: 'AnswerClarification',
  data: { ...answerData, ...data },
  metadata: asOfficer(now),
});

export const answered = (data: Partial<ClarificationAnswer> = {}): ClarificationAnswered => {
  const event = { ...answerData, extensionRequired: false, ...data };
  return { type: 'ClarificationAnswered', data: event, metadata: { occurredAt: event.answeredAt, ruleRefs: ['P3', 'T1'] } };
};

export const extend = (newDeadline: Instant, reason = 'Sent svar på fråga q1', now: Instant = DURING_TENDER): ExtendTenderDeadline => ({
  type: 'ExtendTenderDeadline',
  data: { newDeadline, reason },
  metadata: asOfficer(now),
});

export const extended = (data: Partial<TenderDeadlineExtension> & { newDeadline: Instant }, at: Instant = DURING_TENDER): TenderDeadlineExtended => ({
  type: 'TenderDeadlineExtended',
  data: { previousDeadline: TENDER_DEADLINE, reason: 'Sent svar på fråga q1', ...data },
  metadata: { occurredAt: at, ruleRefs: ['P3', 'P4'] },
});

const bidData = (bidId: string, supplierId: string): ReceiveBidData => ({
  bidId,
  supplierId,
  price: { amount: 3_600_000, currency: 'SEK' },
  socialOffer: 'Tre arbetsträningsplatser på återvinningscentralerna',
});

export const bid = (bidId = 'b1', supplierId = 's1', now: Instant = DURING_TENDER, data: Partial<ReceiveBidData> = {}): ReceiveBid => ({
  type: 'ReceiveBid',
  data: { ...bidData(bidId, supplierId), ...data },
  metadata: asSupplier(supplierId, now),
});

export const bidReceived = (bidId = 'b1', supplierId = 's1', at: Instant = DURING_TENDER): BidReceived => ({
  type: 'BidReceived',
  data: { ...bidData(bidId, supplierId), receivedAt: at },
  metadata: { occurredAt: at, ruleRefs: ['P4'] },
});

export const withdraw = (bidId = 'b1', supplierId = 's1', now: Instant = DURING_TENDER): WithdrawBid => ({
  type: 'WithdrawBid',
  data: { bidId, supplierId },
  metadata: asSupplier(supplierId, now),
});

export const bidWithdrawn = (bidId = 'b1', supplierId = 's1', at: Instant = DURING_TENDER): BidWithdrawn => ({
  type: 'BidWithdrawn',
  data: { bidId, supplierId, withdrawnAt: at },
  metadata: { occurredAt: at, ruleRefs: ['P4'] },
});

/** Three bids from three suppliers, received during the tender period. */
export const withBids = [...tenderPeriod, bidReceived('b1', 's1'), bidReceived('b2', 's2'), bidReceived('b3', 's3')];
