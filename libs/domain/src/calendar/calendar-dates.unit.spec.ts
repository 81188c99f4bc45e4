import fc from 'fast-check';
import { addDays, compareDates, stockholmDateOf, stockholmStartOf, weekdayOf } from './calendar-dates';
import { isDeadlineMovingDay, lastDayAfter } from './deadlines';

describe('stockholmDateOf', () => {
  it.each([
    // DST starts 29 Mar 2026 at 01:00 UTC (02:00 CET → 03:00 CEST).
    ['2026-03-28T22:59:59Z', '2026-03-28'], // 23:59:59 CET
    ['2026-03-28T23:30:00Z', '2026-03-29'], // 00:30 CET, before the switch
    ['2026-03-29T21:59:59Z', '2026-03-29'], // 23:59:59 CEST on the switch day
    ['2026-03-29T22:30:00Z', '2026-03-30'], // 00:30 CEST: a fixed +01:00 would still say 29 Mar
    // DST ends 26 Oct 2025 at 01:00 UTC (03:00 CEST → 02:00 CET).
    ['2025-10-25T22:30:00Z', '2025-10-26'], // 00:30 CEST
    ['2025-10-26T22:30:00Z', '2025-10-26'], // 23:30 CET: a fixed +02:00 would say 27 Oct
    ['2025-10-26T23:00:00Z', '2025-10-27'], // midnight CET
    ['2025-12-15T10:00:00+01:00', '2025-12-15'],
  ])('dates %s as %s', (instant, date) => {
    expect(stockholmDateOf(instant)).toBe(date);
  });

  it('refuses a string that is not an instant', () => {
    expect(() => stockholmDateOf('next Tuesday')).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2025-12-29', 3)).toBe('2026-01-01');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('compares and names weekdays', () => {
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
    expect(weekdayOf('2026-04-02')).toBe(4); // Thursday
    expect(weekdayOf('1969-12-28')).toBe(0); // Sunday, before the epoch
  });
});

describe('lastDayAfter, for any date and count', () => {
  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));

  it('lands on a day that does not move, with only moving days between the plain last day and it', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 40 }), (start, days) => {
        const plain = addDays(start, days);
        const last = lastDayAfter(start, days);
        expect(isDeadlineMovingDay(last)).toBe(false);
        expect(compareDates(last, plain)).toBeGreaterThanOrEqual(0);
        for (let d = plain; compareDates(d, last) < 0; d = addDays(d, 1)) {
          expect(isDeadlineMovingDay(d)).toBe(true);
        }
      }),
    );
  });
});

describe('stockholmStartOf', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(stockholmStartOf('2025-12-30')).toBe('2025-12-29T23:00:00.000Z');
    expect(stockholmStartOf('2025-06-24')).toBe('2025-06-23T22:00:00.000Z');
  });

  it('finds midnight on the days the clocks change', () => {
    expect(stockholmStartOf('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(stockholmStartOf('2025-10-26')).toBe('2025-10-25T22:00:00.000Z');
  });
});
