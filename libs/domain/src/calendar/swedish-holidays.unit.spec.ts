import { deadlineHolidaysIn } from './swedish-holidays';

describe('deadlineHolidaysIn', () => {
  // Pins what date-holidays gives: a new version that adds, drops or moves a day fails here first.
  it('lists the public holidays and the three eves of 2025, and nothing else', () => {
    expect(Object.fromEntries(deadlineHolidaysIn(2025))).toEqual({
      '2025-01-01': 'nyårsdagen',
      '2025-01-06': 'trettondedag jul',
      '2025-04-18': 'långfredagen',
      '2025-04-20': 'påskdagen',
      '2025-04-21': 'annandag påsk',
      '2025-05-01': 'första maj',
      '2025-05-29': 'Kristi himmelsfärdsdag',
      '2025-06-06': 'nationaldagen',
      '2025-06-08': 'pingstdagen',
      '2025-06-20': 'midsommarafton',
      '2025-06-21': 'midsommardagen',
      '2025-11-01': 'alla helgons dag',
      '2025-12-24': 'julafton',
      '2025-12-25': 'juldagen',
      '2025-12-26': 'annandag jul',
      '2025-12-31': 'nyårsafton',
    });
  });

  it('finds the eves in other years too', () => {
    const names = [...deadlineHolidaysIn(2026).entries()];
    expect(names).toEqual(
      expect.arrayContaining([
        ['2026-06-19', 'midsommarafton'],
        ['2026-12-24', 'julafton'],
        ['2026-12-31', 'nyårsafton'],
      ]),
    );
  });
});
