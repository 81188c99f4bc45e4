import { addDays, startOfStockholmDay, stockholmDate } from './stockholm-day';

describe('Stockholm calendar days', () => {
  it('begins a winter day at 23:00 UTC the day before and a summer day at 22:00 UTC', () => {
    expect(startOfStockholmDay('2026-01-12').toISOString()).toBe('2026-01-11T23:00:00.000Z');
    expect(startOfStockholmDay('2026-06-19').toISOString()).toBe('2026-06-18T22:00:00.000Z');
  });

  it('begins the days the clocks change with the offset of their midnight', () => {
    expect(startOfStockholmDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z'); // spring forward at 02:00
    expect(startOfStockholmDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z'); // fall back at 03:00
  });

  it('names the Stockholm day of an instant, which is not the UTC day around midnight', () => {
    expect(stockholmDate(new Date('2026-04-20T22:30:00Z'))).toBe('2026-04-21');
    expect(stockholmDate(new Date('2026-04-20T21:30:00Z'))).toBe('2026-04-20');
  });

  it('moves dates by calendar days across a change of offset and a month end', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-05-01', -1)).toBe('2026-04-30');
    expect(addDays('2026-06-01', 166)).toBe('2026-11-14');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => startOfStockholmDay('2026-4-1')).toThrow(RangeError);
  });
});
