import { isDeadlineMovingDay, lastDayAfter, standstillLastDay } from './deadlines';

describe('P7 standstill (LOU 20:2, lag 1930:173)', () => {
  it('runs 10 days after an electronic notification, past Christmas Day, Boxing Day and a weekend', () => {
    // 25 Dec (Thu) → 26 Dec (Fri) → 27–28 Dec (weekend) → Monday 29 Dec.
    expect(standstillLastDay('2025-12-15T10:00:00+01:00', 'electronic')).toBe('2025-12-29');
  });

  it('moves off Midsummer Eve, which the library classes as a bank holiday', () => {
    // 20 Jun 2025 is Midsummer Eve (Fri), 21 Jun Midsummer Day (Sat), 22 Jun Sunday.
    expect(standstillLastDay('2025-06-10T08:00:00Z', 'electronic')).toBe('2025-06-23');
  });

  it('runs 15 days after a notification sent by other means', () => {
    expect(standstillLastDay('2026-03-02T09:00:00Z', 'electronic')).toBe('2026-03-12');
    expect(standstillLastDay('2026-03-02T09:00:00Z', 'other')).toBe('2026-03-17');
  });

  it('counts from the Stockholm date: 23:30 UTC on 14 Dec is already 15 Dec', () => {
    expect(standstillLastDay('2025-12-14T23:30:00Z', 'electronic')).toBe('2025-12-29');
  });
});

describe('days that move a deadline', () => {
  it.each([
    ['2026-12-24', 'Christmas Eve (Thu; a bank holiday in the library, counts by law)'],
    ['2026-12-31', "New Year's Eve (Thu; a bank holiday in the library, counts by law)"],
    ['2026-06-19', 'Midsummer Eve (Fri)'],
    ['2026-01-01', "New Year's Day"],
    ['2026-01-06', 'Epiphany (Tue)'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-01', 'First of May (Fri)'],
    ['2026-05-14', 'Ascension Day (Thu)'],
    ['2025-06-06', 'National Day (Fri)'],
    ['2025-11-01', "All Saints' Day (always a Saturday)"],
    ['2026-03-07', 'a plain Saturday'],
    ['2026-03-08', 'a plain Sunday'],
  ])('%s, %s, moves', (date) => {
    expect(isDeadlineMovingDay(date)).toBe(true);
  });

  it.each([
    ['2026-04-02', 'Maundy Thursday (a half-day)'],
    ['2026-04-30', 'Walpurgis Night (a half-day)'],
    ['2026-01-05', 'Epiphany Eve (a half-day)'],
    ['2025-10-31', "All Saints' Eve (a half-day)"],
    ['2025-06-09', 'Whit Monday (no longer a public holiday since 2005)'],
    ['2026-03-11', 'a plain Wednesday'],
  ])('%s, %s, stays', (date) => {
    expect(isDeadlineMovingDay(date)).toBe(false);
  });
});

describe('lastDayAfter', () => {
  it('keeps a last day that moves nothing, and day 0 is the start date', () => {
    expect(lastDayAfter('2026-03-01', 10)).toBe('2026-03-11');
    expect(lastDayAfter('2026-03-11', 0)).toBe('2026-03-11');
  });

  it("moves New Year's Eve past New Year's Day and the weekend", () => {
    // 31 Dec 2026 (Thu) → 1 Jan (Fri) → 2–3 Jan (weekend) → Monday 4 Jan 2027.
    expect(lastDayAfter('2026-12-21', 10)).toBe('2027-01-04');
  });

  it('keeps Maundy Thursday but moves Easter Monday to Tuesday', () => {
    expect(lastDayAfter('2026-03-23', 10)).toBe('2026-04-02');
    expect(lastDayAfter('2026-03-27', 10)).toBe('2026-04-07');
  });

  it('moves Ascension Day and National Day to the Friday after', () => {
    expect(lastDayAfter('2026-05-04', 10)).toBe('2026-05-15');
    expect(lastDayAfter('2024-05-27', 10)).toBe('2024-06-07');
  });

  it('refuses a negative or fractional count and a malformed date', () => {
    expect(() => lastDayAfter('2026-03-01', -1)).toThrow(RangeError);
    expect(() => lastDayAfter('2026-03-01', 1.5)).toThrow(RangeError);
    expect(() => lastDayAfter('2026-02-30', 10)).toThrow(RangeError);
  });
});
