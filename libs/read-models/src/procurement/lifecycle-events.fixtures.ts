import type { Actor, DomainEvent, Instant, ProcurementEvent } from '@kravspar/domain';
import { criterionAdded, initiated, officer, placementCriterion, published } from '@kravspar/domain/procurement/procurement.fixtures';
import type { ProjectedEvent } from '../projected-event';
import { stored } from './stored-procurement-events.fixtures';

// Test data for the read-model specs: a whole procurement, from initiation to the contract award notice,
// with two bids (acme wins, bygg loses) and one withdrawn (cleanco), a late answer, a review and an
// interim order. Built here, not by the decider, so each stage can be projected on its own.

export const acme: Actor = { userId: 'acme-user', role: 'supplier', unitId: 'supplier:acme', supplierId: 'acme' };
export const bygg: Actor = { userId: 'bygg-user', role: 'supplier', unitId: 'supplier:bygg', supplierId: 'bygg' };
export const cleanco: Actor = { userId: 'cleanco-user', role: 'supplier', unitId: 'supplier:cleanco', supplierId: 'cleanco' };
export const timer: Actor = { userId: 'standstill-timer', role: 'system', unitId: 'system' };

export const STANDSTILL_LAST_DAY = '2026-05-04';
export const EXTENDED_STANDSTILL_LAST_DAY = '2026-05-18';
export const CASE_NO = 'FR 1234-26';

type Data<T extends ProcurementEvent['type']> = Extract<ProcurementEvent, { type: T }>['data'];

/** One event of the procurement stream, its business time `at`. */
export function event<T extends ProcurementEvent['type']>(type: T, data: Data<T>, at: Instant, ruleRefs: string[] = []): DomainEvent {
  return { type, data, metadata: { occurredAt: at, ruleRefs } };
}

export const bidReceived = (bidId: string, supplier: Actor, amount: number, at: Instant) =>
  event('BidReceived', { bidId, supplierId: supplier.supplierId!, price: { amount, currency: 'SEK' }, socialOffer: `${bidId}: tre platser`, receivedAt: at }, at, ['P4']);

/** The acts in order, each with the actor who performed it. */
export const LIFECYCLE: readonly (readonly [DomainEvent, Actor])[] = [
  [initiated(), officer],
  [criterionAdded(placementCriterion), officer],
  [published(), officer],
  [event('ClarificationRequested', { questionId: 'q-1', question: 'Får platserna delas mellan stationer?', supplierId: 'bygg' }, '2026-03-10T10:00:00+01:00'), bygg],
  [event('ClarificationAnswered', { questionId: 'q-1', answer: 'Ja.', answeredAt: '2026-04-08T10:00:00+02:00', extensionRequired: true }, '2026-04-08T10:00:00+02:00', ['P3']), officer],
  [event('TenderDeadlineExtended', { previousDeadline: '2026-04-11T12:00:00+02:00', newDeadline: '2026-04-18T12:00:00+02:00', reason: 'P3' }, '2026-04-08T11:00:00+02:00', ['P2', 'P3']), officer],
  [bidReceived('bid-cleanco', cleanco, 3_900_000, '2026-04-14T09:00:00+02:00'), cleanco],
  [event('BidWithdrawn', { bidId: 'bid-cleanco', supplierId: 'cleanco', withdrawnAt: '2026-04-15T08:00:00+02:00' }, '2026-04-15T08:00:00+02:00', ['P4']), cleanco],
  [bidReceived('bid-acme', acme, 3_800_000, '2026-04-15T09:00:00+02:00'), acme],
  [bidReceived('bid-bygg', bygg, 3_500_000, '2026-04-16T09:00:00+02:00'), bygg],
  [event('BidsOpened', { openedAt: '2026-04-18T13:00:00+02:00', openers: ['officer-1', 'officer-2'], bidIds: ['bid-acme', 'bid-bygg'] }, '2026-04-18T13:00:00+02:00', ['P4']), officer],
  [event('SupplierQualified', { bidId: 'bid-acme', supplierId: 'acme' }, '2026-04-20T10:00:00+02:00', ['P6']), officer],
  [event('SupplierQualified', { bidId: 'bid-bygg', supplierId: 'bygg' }, '2026-04-20T10:05:00+02:00', ['P6']), officer],
  [event('BidsEvaluated', { ranking: [{ bidId: 'bid-acme', score: 92 }, { bidId: 'bid-bygg', score: 85 }] }, '2026-04-22T10:00:00+02:00', ['P6']), officer],
  [event('AwardDecided', { winnerBidIds: ['bid-acme'], reasons: 'Högst poäng på social plan och pris.', decidedAt: '2026-04-24T10:00:00+02:00' }, '2026-04-24T10:00:00+02:00', ['P6']), officer],
  [event('AwardNotificationSent', { sentAt: '2026-04-24T14:00:00+02:00', channel: 'electronic', standstillLastDay: STANDSTILL_LAST_DAY }, '2026-04-24T14:00:00+02:00', ['P5', 'P7']), officer],
  [event('ReviewApplicationFiled', { caseNo: CASE_NO, court: 'Förvaltningsrätten i Stockholm', filedAt: '2026-04-28T10:00:00+02:00', duringStandstill: true }, '2026-04-28T10:00:00+02:00', ['P8']), officer],
  [event('InterimOrderIssued', { caseNo: CASE_NO, at: '2026-04-29T15:00:00+02:00' }, '2026-04-29T15:00:00+02:00', ['P8']), officer],
  [event('InterimOrderLifted', { caseNo: CASE_NO, at: '2026-05-06T09:00:00+02:00' }, '2026-05-06T09:00:00+02:00', ['P8']), officer],
  [event('ReviewDecided', { caseNo: CASE_NO, decidedAt: '2026-05-08T09:00:00+02:00', outcome: 'rejected', standstillLastDay: EXTENDED_STANDSTILL_LAST_DAY }, '2026-05-08T09:00:00+02:00', ['P8']), officer],
  [event('StandstillEnded', { standstillLastDay: EXTENDED_STANDSTILL_LAST_DAY }, '2026-05-19T00:00:00+02:00', ['P7', 'P8']), timer],
  [event('ContractSigned', { contractId: 'contract-1', bidId: 'bid-acme', supplierId: 'acme', signedAt: '2026-05-19T10:00:00+02:00', period: { start: '2026-06-01', end: '2028-05-31' }, criteria: [placementCriterion] }, '2026-05-19T10:00:00+02:00', ['P9']), officer],
  [event('ContractAwardNoticePublished', { publishedNoticeAt: '2026-05-25T10:00:00+02:00', noticeRef: 'TED-2026-654321', late: false }, '2026-05-25T10:00:00+02:00', ['P11']), officer],
];

/** The revision of the first act of `type` in the lifecycle. */
export const revisionOf = (type: ProcurementEvent['type']): number => LIFECYCLE.findIndex(([e]) => e.type === type);

/** The lifecycle as stored, up to and including the first act of `type` (all of it without one). */
export function storedLifecycle(through?: ProcurementEvent['type']): ProjectedEvent[] {
  const end = through === undefined ? LIFECYCLE.length : revisionOf(through) + 1;
  return LIFECYCLE.slice(0, end).map(([domainEvent, actor], revision) => stored(domainEvent, revision, { actor }));
}

/** One more stored event after `history`. */
export const next = (history: readonly ProjectedEvent[], domainEvent: DomainEvent, actor: Actor = officer): ProjectedEvent =>
  stored(domainEvent, history.length, { actor });
