import { ProjectionSpec } from '@kravspar/testing';
import { cancelled } from '@kravspar/domain/procurement/procurement.fixtures';
import {
  CASE_NO,
  event,
  EXTENDED_STANDSTILL_LAST_DAY,
  LIFECYCLE,
  next,
  revisionOf,
  STANDSTILL_LAST_DAY,
  storedLifecycle,
} from './lifecycle-events.fixtures';
import { projectProcurement } from './project-procurement';
import type { ProcurementDocument } from './procurement-document';

const spec = ProjectionSpec.for(projectProcurement);
const all = storedLifecycle();
/** The history before the first act of `type`, and that act. */
const at = (type: Parameters<typeof revisionOf>[0]) => {
  const events = storedLifecycle(type);
  return { before: events.slice(0, -1), act: events[events.length - 1] };
};

describe('projectProcurement over a whole lifecycle', () => {
  it.each<[Parameters<typeof revisionOf>[0], Partial<Record<keyof ProcurementDocument, unknown>>]>([
    ['ClarificationRequested', { clarifications: [{ questionId: 'q-1', question: 'Får platserna delas mellan stationer?', askedAt: '2026-03-10T10:00:00+01:00' }] }],
    ['ClarificationAnswered', { clarifications: [expect.objectContaining({ answer: 'Ja.', answeredAt: '2026-04-08T10:00:00+02:00', extensionRequired: true })] }],
    ['TenderDeadlineExtended', { tenderDeadline: '2026-04-18T12:00:00+02:00', deadlineExtensions: [{ previousDeadline: '2026-04-11T12:00:00+02:00', newDeadline: '2026-04-18T12:00:00+02:00', reason: 'P3', extendedAt: '2026-04-08T11:00:00+02:00' }] }],
    ['BidReceived', { status: 'Published', bidCount: 1 }],
    ['BidWithdrawn', { bidCount: 0, bids: [expect.objectContaining({ bidId: 'bid-cleanco', withdrawn: true, withdrawnAt: '2026-04-15T08:00:00+02:00' })] }],
    ['BidsOpened', { status: 'BidsOpened', bidCount: 2, opening: { openedAt: '2026-04-18T13:00:00+02:00', openers: ['officer-1', 'officer-2'], bidIds: ['bid-acme', 'bid-bygg'] } }],
    ['SupplierQualified', { bids: expect.arrayContaining([expect.objectContaining({ bidId: 'bid-acme', assessment: { verdict: 'qualified' } })]) }],
    ['BidsEvaluated', { status: 'Evaluating' }],
    ['AwardDecided', { status: 'AwardDecided', award: { decidedAt: '2026-04-24T10:00:00+02:00', winnerBidIds: ['bid-acme'], reasons: 'Högst poäng på social plan och pris.' } }],
    ['AwardNotificationSent', { status: 'Standstill', standstillLastDay: STANDSTILL_LAST_DAY, notification: { sentAt: '2026-04-24T14:00:00+02:00', channel: 'electronic' }, bidsDisclosedAt: '2026-04-24T14:00:00+02:00' }],
    ['ReviewApplicationFiled', { status: 'Standstill', underReview: true, reviews: [{ caseNo: CASE_NO, court: 'Förvaltningsrätten i Stockholm', filedAt: '2026-04-28T10:00:00+02:00', duringStandstill: true, interimOrderInForce: false, interimOrders: [] }] }],
    ['InterimOrderIssued', { reviews: [expect.objectContaining({ interimOrderInForce: true, interimOrders: [{ issuedAt: '2026-04-29T15:00:00+02:00' }] })] }],
    ['InterimOrderLifted', { reviews: [expect.objectContaining({ interimOrderInForce: false, interimOrders: [{ issuedAt: '2026-04-29T15:00:00+02:00', liftedAt: '2026-05-06T09:00:00+02:00' }] })] }],
    ['ReviewDecided', { status: 'Standstill', underReview: false, standstillLastDay: EXTENDED_STANDSTILL_LAST_DAY, reviews: [expect.objectContaining({ decision: { decidedAt: '2026-05-08T09:00:00+02:00', outcome: 'rejected' } })] }],
    ['StandstillEnded', { status: 'ReadyToContract', standstillEndedAt: '2026-05-19T00:00:00+02:00' }],
    ['ContractSigned', { status: 'Concluded', contract: { contractId: 'contract-1', bidId: 'bid-acme', supplierId: 'acme', signedAt: '2026-05-19T10:00:00+02:00', period: { start: '2026-06-01', end: '2028-05-31' } } }],
    ['ContractAwardNoticePublished', { status: 'Concluded', awardNotice: { publishedNoticeAt: '2026-05-25T10:00:00+02:00', noticeRef: 'TED-2026-654321', late: false } }],
  ])('%s', (type, shape) => {
    const { before, act } = at(type);
    spec.given(before).when(act).thenMatches({ ...shape, revision: act.revision, updatedAt: act.metadata.recordedAt });
  });

  it('keeps no asking supplier with a question: questions go to all suppliers anonymously', () => {
    const { before, act } = at('ClarificationRequested');
    expect(JSON.stringify(spec.given(before).when(act).thenMatches({}))).not.toContain('bygg');
  });

  it('ends with every bid, its assessment, score, rank and verdict', () => {
    const document = spec.given(all).document!;
    expect(document.bids).toEqual([
      { bidId: 'bid-cleanco', supplierId: 'cleanco', price: { amount: 3_900_000, currency: 'SEK' }, socialOffer: 'bid-cleanco: tre platser', receivedAt: '2026-04-14T09:00:00+02:00', withdrawn: true, withdrawnAt: '2026-04-15T08:00:00+02:00', winner: false },
      { bidId: 'bid-acme', supplierId: 'acme', price: { amount: 3_800_000, currency: 'SEK' }, socialOffer: 'bid-acme: tre platser', receivedAt: '2026-04-15T09:00:00+02:00', withdrawn: false, assessment: { verdict: 'qualified' }, score: 92, rank: 1, winner: true },
      { bidId: 'bid-bygg', supplierId: 'bygg', price: { amount: 3_500_000, currency: 'SEK' }, socialOffer: 'bid-bygg: tre platser', receivedAt: '2026-04-16T09:00:00+02:00', withdrawn: false, assessment: { verdict: 'qualified' }, score: 85, rank: 2, winner: false },
    ]);
    expect(document).toMatchObject({ revision: LIFECYCLE.length - 1, bidCount: 2, underReview: false, corrections: [] });
  });

  it('changes nothing when any event of the lifecycle arrives again', () => {
    for (const again of all) spec.given(all).when(again).thenUnchanged();
  });
});

describe('projectProcurement off the main path', () => {
  const opened = storedLifecycle('BidsOpened');
  const notified = storedLifecycle('AwardNotificationSent');

  it('records an exclusion with its ground and reason', () => {
    const excluded = next(opened, event('SupplierExcluded', { bidId: 'bid-bygg', supplierId: 'bygg', ground: 'LOU 13:3', reason: 'Skatteskulder' }, '2026-04-20T10:00:00+02:00'));
    const document = spec.given(opened).when(excluded).thenMatches({ status: 'BidsOpened' });
    expect(document.bids.find((bid) => bid.bidId === 'bid-bygg')?.assessment).toEqual({ verdict: 'excluded', ground: 'LOU 13:3', reason: 'Skatteskulder' });
  });

  it('records a cancellation after opening: the bids stay, and secrecy ends with the cancellation notice', () => {
    const cancellation = next(opened, cancelled({ cancelledAt: '2026-04-19T10:00:00+02:00' }));
    spec.given(opened).when(cancellation).thenMatches({ status: 'Cancelled', bidCount: 2, bidsDisclosedAt: '2026-04-19T10:00:00+02:00', cancellation: expect.objectContaining({ reasonCategory: 'insufficientCompetition' }) });
  });

  it('makes a direct award notified without a standstill ready to contract at once', () => {
    const awarded = storedLifecycle('AwardDecided');
    const direct = next(awarded, event('AwardNotificationSent', { sentAt: '2026-04-24T14:00:00+02:00', channel: 'other', standstillLastDay: null }, '2026-04-24T14:00:00+02:00'));
    spec.given(awarded).when(direct).thenMatches({ status: 'ReadyToContract', standstillLastDay: null });
  });

  it('goes back to evaluation when the court orders a redo: no award, no standstill, and bids stay disclosed', () => {
    const filed = storedLifecycle('ReviewApplicationFiled');
    const redo = next(filed, event('ReviewDecided', { caseNo: CASE_NO, decidedAt: '2026-05-02T09:00:00+02:00', outcome: 'redo', standstillLastDay: null }, '2026-05-02T09:00:00+02:00'));
    const document = spec.given(filed).when(redo).thenMatches({ status: 'Evaluating', standstillLastDay: null, underReview: false, bidsDisclosedAt: '2026-04-24T14:00:00+02:00' });
    expect(document.award).toBeUndefined();
    expect(document.notification).toBeUndefined();
    expect(document.bids.some((bid) => bid.winner !== undefined)).toBe(false);
    const reEvaluated = next([...filed, redo], event('BidsEvaluated', { ranking: [{ bidId: 'bid-bygg', score: 90 }] }, '2026-05-04T09:00:00+02:00'));
    const after = spec.given([...filed, redo]).when(reEvaluated).thenMatches({ status: 'Evaluating' });
    expect(after.bids.map((bid) => [bid.bidId, bid.score, bid.rank])).toEqual([['bid-cleanco', undefined, undefined], ['bid-acme', undefined, undefined], ['bid-bygg', 90, 1]]);
  });

  it('lists a correction beside the event it corrects, and takes over the standstill it restates', () => {
    const correction = next(notified, event('RegistrationCorrected', { revision: revisionOf('AwardNotificationSent'), eventType: 'AwardNotificationSent', field: 'sentAt', correctedValue: '2026-04-27T09:00:00+02:00', reason: 'Skickades först på måndagen', standstillLastDay: '2026-05-07' }, '2026-04-28T09:00:00+02:00'));
    spec.given(notified).when(correction).thenMatches({
      standstillLastDay: '2026-05-07',
      notification: { sentAt: '2026-04-24T14:00:00+02:00', channel: 'electronic' },
      corrections: [{ revision: notified.length, correctsRevision: revisionOf('AwardNotificationSent'), eventType: 'AwardNotificationSent', field: 'sentAt', correctedValue: '2026-04-27T09:00:00+02:00', reason: 'Skickades först på måndagen', correctedAt: '2026-04-28T09:00:00+02:00' }],
    });
  });

  it('keeps the standstill when a correction does not restate it', () => {
    const correction = next(notified, event('RegistrationCorrected', { revision: 0, eventType: 'ProcurementInitiated', field: 'title', correctedValue: 'Städning', reason: 'Stavfel' }, '2026-04-28T09:00:00+02:00'));
    spec.given(notified).when(correction).thenMatches({ standstillLastDay: STANDSTILL_LAST_DAY });
  });
});
