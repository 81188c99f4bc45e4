import { DeciderSpec } from '@kravspar/testing';
import { criterionAdded, initiated, publish, published } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { stockholmCalendarDaysBetween, stockholmDateOf } from '../calendar';
import { minimumTenderDays } from './tender-period';

const spec = DeciderSpec.for(procurementDecider);
const planning = [initiated(), criterionAdded()];

describe('P2 day arithmetic in Europe/Stockholm', () => {
  it.each([
    ['2026-03-01T23:30:00Z', '2026-03-02'], // 00:30 CET: already the next day in Stockholm
    ['2026-03-01T22:59:59Z', '2026-03-01'],
    ['2026-07-01T22:30:00Z', '2026-07-02'], // 00:30 CEST
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-03-29T01:30:00Z', '2026-03-29'], // just after the spring-forward gap (02:00 → 03:00)
    ['2026-10-25T00:30:00Z', '2026-10-25'], // 02:30 CEST, the first of the repeated hour
    ['2026-10-25T01:30:00Z', '2026-10-25'], // 02:30 CET, the second one
  ])('dates %s as %s in Stockholm', (instant, date) => {
    expect(stockholmDateOf(instant)).toBe(date);
  });

  it('counts calendar days, not 24-hour periods, across the spring DST change', () => {
    // 34 days and 11 hours elapse, yet the deadline falls on the 35th Stockholm day.
    expect(stockholmCalendarDaysBetween('2026-03-28T12:00:00+01:00', '2026-05-02T00:00:00+02:00')).toBe(35);
    expect(stockholmCalendarDaysBetween('2026-03-28T12:00:00+01:00', '2026-05-01T23:59:59+02:00')).toBe(34);
  });

  it('counts calendar days across the autumn DST change and a year end', () => {
    expect(stockholmCalendarDaysBetween('2026-10-24T12:00:00+02:00', '2026-11-28T23:59:00+01:00')).toBe(35);
    expect(stockholmCalendarDaysBetween('2026-12-20T10:00:00+01:00', '2027-01-24T10:00:00+01:00')).toBe(35);
  });

  it('chooses the minimum by regime, procedure and electronic tenders', () => {
    const config = { otherRegimeMinimumTenderDays: 15 };
    expect(minimumTenderDays({ regime: 'directive', procedure: 'open' }, { ...config, electronicTenders: false })).toBe(35);
    expect(minimumTenderDays({ regime: 'directive', procedure: 'open' }, { ...config, electronicTenders: true })).toBe(30);
    expect(minimumTenderDays({ regime: 'national', procedure: 'open' }, { ...config, electronicTenders: false })).toBe(15);
    expect(minimumTenderDays({ regime: 'directive', procedure: 'negotiated' }, { ...config, electronicTenders: true })).toBe(15);
  });

  it('treats a broken configured minimum as a programming error, not a refusal', () => {
    expect(() =>
      minimumTenderDays({ regime: 'national', procedure: 'open' }, { otherRegimeMinimumTenderDays: -1, electronicTenders: false }),
    ).toThrow(RangeError);
  });
});

describe('P2 on PublishProcurement at Stockholm date edges', () => {
  describe('a late-evening publication (already the next day in Stockholm)', () => {
    // 00:30 on 2 March in Stockholm, but still 1 March in UTC.
    const publishedAt = '2026-03-01T23:30:00Z';

    it('counts from the Stockholm date: 4 April is only 34 days later', () => {
      spec.given(planning).when(publish({ publishedAt, tenderDeadline: '2026-04-05T12:00:00+02:00' })).thenThrows('P2', '34 days');
    });

    it('accepts a deadline at Stockholm midnight starting the 35th day, less than 35 × 24 hours later', () => {
      const tenderDeadline = '2026-04-06T00:00:00+02:00';
      spec.given(planning).when(publish({ publishedAt, tenderDeadline })).then([published({ publishedAt, tenderDeadline })]);
    });
  });

  describe('a publication just before the spring DST change', () => {
    const publishedAt = '2026-03-28T12:00:00+01:00';
    const now = publishedAt;

    it('refuses a deadline on the evening of the 34th day', () => {
      spec.given(planning).when(publish({ publishedAt, tenderDeadline: '2026-05-01T23:59:00+02:00' }, now)).thenThrows('P2');
    });

    it('accepts a deadline at the first minute of the 35th day', () => {
      const tenderDeadline = '2026-05-02T00:00:00+02:00';
      spec.given(planning).when(publish({ publishedAt, tenderDeadline }, now)).then([published({ publishedAt, tenderDeadline })]);
    });
  });
});
