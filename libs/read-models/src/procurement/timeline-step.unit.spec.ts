import { ProjectionSpec } from '@kravspar/testing';
import { published } from '@kravspar/domain/procurement/procurement.fixtures';
import { event, LIFECYCLE, next, revisionOf, storedLifecycle } from './lifecycle-events.fixtures';
import { projectTimeline } from './project-timeline';
import { stored } from './stored-procurement-events.fixtures';
import { timelineStep } from './timeline-step';

const spec = ProjectionSpec.for(projectTimeline);
const all = storedLifecycle();
const flagsOf = (history: Parameters<typeof spec.given>[0], act: (typeof history)[number]) => {
  const timeline = spec.given(history).when(act).thenMatches({});
  return timeline.entries[timeline.entries.length - 1].flags;
};
const [initiated, criterion] = storedLifecycle('SocialCriterionAdded');

describe('the timeline over a whole lifecycle', () => {
  it('has one entry per event, and flags only the late answer', () => {
    const timeline = spec.given(all).document!;
    expect(timeline.entries.map((entry) => entry.type)).toEqual(LIFECYCLE.map(([e]) => e.type));
    expect(timeline.entries.filter((entry) => entry.flags.length > 0).map((entry) => [entry.type, entry.flags])).toEqual([
      ['ClarificationAnswered', ['answer-requires-extension']],
    ]);
  });

  it('names the bids that bid events concern, and no bids on other entries', () => {
    const bidIds = Object.fromEntries(spec.given(all).document!.entries.filter((e) => e.bidIds).map((e) => [`${e.revision} ${e.type}`, e.bidIds]));
    expect(Object.values(bidIds)).toEqual([
      ['bid-cleanco'], ['bid-cleanco'], ['bid-acme'], ['bid-bygg'], ['bid-acme', 'bid-bygg'], ['bid-acme'], ['bid-bygg'],
      ['bid-acme', 'bid-bygg'], ['bid-acme'], ['bid-acme'],
    ]);
    expect(Object.keys(bidIds).at(-1)).toBe(`${revisionOf('ContractSigned')} ContractSigned`);
  });

  it('changes nothing when an event arrives again', () => {
    for (const again of all) spec.given(all).when(again).thenUnchanged();
    expect(timelineStep(spec.given(all).document!.state, all[3])).toBeUndefined();
  });
});

describe('deadline-below-minimum (P2)', () => {
  it('flags a publication whose tender period is below its minimum, not one exactly at it', () => {
    expect(flagsOf([initiated, criterion], stored(published({ tenderDeadline: '2026-04-05T12:00:00+02:00' }), 2))).toEqual(['deadline-below-minimum']);
    expect(flagsOf([initiated, criterion], stored(published({ tenderDeadline: '2026-04-06T12:00:00+02:00' }), 2))).toEqual([]);
  });

  it('compares a deadline extension with the minimum of the publication', () => {
    const history = [initiated, criterion, stored(published({ minimumTenderDays: 45 }), 2)];
    expect(spec.given(history).document!.entries[2].flags).toEqual(['deadline-below-minimum']);
    const extend = (newDeadline: string) => next(history, event('TenderDeadlineExtended', { previousDeadline: published().data.tenderDeadline, newDeadline, reason: 'P3' }, '2026-03-20T10:00:00+01:00'));
    expect(flagsOf(history, extend('2026-04-15T12:00:00+02:00'))).toEqual(['deadline-below-minimum']);
    expect(flagsOf(history, extend('2026-04-16T12:00:00+02:00'))).toEqual([]);
  });

  it('checks a corrected publication time against the current deadline', () => {
    const history = storedLifecycle('TenderDeadlineExtended');
    const correct = (correctedValue: string) =>
      next(history, event('RegistrationCorrected', { revision: revisionOf('ProcurementPublished'), eventType: 'ProcurementPublished', field: 'publishedAt', correctedValue, reason: 'Fel dag' }, '2026-04-09T09:00:00+02:00'));
    expect(flagsOf(history, correct('2026-03-14T08:00:00+01:00'))).toEqual(['correction-of:2']);
    expect(flagsOf(history, correct('2026-03-15T08:00:00+01:00'))).toEqual(['correction-of:2', 'deadline-below-minimum']);
  });
});

describe('signed-inside-standstill (P9)', () => {
  const notified = storedLifecycle('AwardNotificationSent');
  const sign = (history: typeof notified, signedAt: string) =>
    next(history, event('ContractSigned', { contractId: 'c-1', bidId: 'bid-acme', supplierId: 'acme', signedAt, period: { start: '2026-06-01', end: '2028-05-31' }, criteria: [] }, signedAt));

  it('flags a signing on the last standstill day as a Stockholm date, not one on the day after', () => {
    expect(flagsOf(notified, sign(notified, '2026-05-04T23:30:00+02:00'))).toEqual(['signed-inside-standstill']);
    expect(flagsOf(notified, sign(notified, '2026-05-04T22:30:00Z'))).toEqual([]);
  });

  it('uses the standstill as extended by a rejected review', () => {
    const decided = storedLifecycle('ReviewDecided');
    expect(flagsOf(decided, sign(decided, '2026-05-18T10:00:00+02:00'))).toEqual(['signed-inside-standstill']);
  });

  it('flags a correction that moves the standstill past a signing, and marks the corrected entry', () => {
    const correction = next(all, event('RegistrationCorrected', { revision: revisionOf('AwardNotificationSent'), eventType: 'AwardNotificationSent', field: 'sentAt', correctedValue: '2026-05-08T09:00:00+02:00', reason: 'Fel datum', standstillLastDay: '2026-05-19' }, '2026-05-26T09:00:00+02:00'));
    const timeline = spec.given(all).when(correction).thenMatches({});
    expect(timeline.entries.at(-1)!.flags).toEqual([`correction-of:${revisionOf('AwardNotificationSent')}`, 'signed-inside-standstill']);
    expect(timeline.entries[revisionOf('AwardNotificationSent')].flags).toEqual(['corrected']);
    expect(timeline.entries.filter((entry) => entry.flags.includes('corrected'))).toHaveLength(1);
    spec.given([...all, correction]).when(correction).thenUnchanged();
  });
});

describe('answer-requires-extension (P3) and late-award-notice (P11)', () => {
  it('flags an answer only when it requires an extension', () => {
    const asked = storedLifecycle('ClarificationRequested');
    const answer = (extensionRequired: boolean) => next(asked, event('ClarificationAnswered', { questionId: 'q-1', answer: 'Ja.', answeredAt: '2026-03-11T10:00:00+01:00', extensionRequired }, '2026-03-11T10:00:00+01:00'));
    expect(flagsOf(asked, answer(true))).toEqual(['answer-requires-extension']);
    expect(flagsOf(asked, answer(false))).toEqual([]);
  });

  it('flags a contract award notice published late', () => {
    const signed = storedLifecycle('ContractSigned');
    const notice = next(signed, event('ContractAwardNoticePublished', { publishedNoticeAt: '2026-06-25T10:00:00+02:00', noticeRef: 'TED-1', late: true }, '2026-06-25T10:00:00+02:00'));
    expect(flagsOf(signed, notice)).toEqual(['late-award-notice']);
  });

  it('keeps the late-registration flag beside the others', () => {
    const asked = storedLifecycle('ClarificationRequested');
    const late = stored(event('ClarificationAnswered', { questionId: 'q-1', answer: 'Ja.', answeredAt: '2026-03-11T10:00:00+01:00', extensionRequired: true }, '2026-03-11T10:00:00+01:00'), asked.length, { recordedAt: '2026-03-30T10:00:00+02:00' });
    expect(flagsOf(asked, late)).toEqual(['late-registration', 'answer-requires-extension']);
  });
});
