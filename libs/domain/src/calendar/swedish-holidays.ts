import Holidays from 'date-holidays';
import type { CalendarDate } from './calendar-dates';

/**
 * The eves that lag (1930:173) om beräkning av lagstadgad tid, 2 §, treats like public holidays.
 * date-holidays classes them as bank holidays, so they are picked by name, not by type. Other eves
 * (Maundy Thursday, Walpurgis Night, Epiphany Eve, All Saints' Eve) are half-days at most and do not count.
 */
const EVES_THAT_COUNT: ReadonlyMap<string, string> = new Map([
  ['midsommarafton', 'Midsummer Eve'],
  ['julafton', 'Christmas Eve'],
  ['nyårsafton', "New Year's Eve"],
]);

// Built on first use: the library's data covers every country and takes a moment to load.
let calendar: Holidays | undefined;
const byYear = new Map<number, ReadonlyMap<CalendarDate, string>>();

/**
 * The days of `year` that are Swedish public holidays (type `public` in date-holidays: allmänna helgdagar
 * under lag 1989:253) or one of the three eves above, mapped to their Swedish names. Computed once per
 * year; the result depends only on `year` and the library's data, so callers stay pure.
 */
export function deadlineHolidaysIn(year: number): ReadonlyMap<CalendarDate, string> {
  let days = byYear.get(year);
  if (!days) {
    days = computeYear(year);
    byYear.set(year, days);
  }
  return days;
}

function computeYear(year: number): ReadonlyMap<CalendarDate, string> {
  calendar ??= new Holidays('SE', { languages: ['sv'], timezone: 'Europe/Stockholm' });
  const days = new Map<CalendarDate, string>();
  for (const holiday of calendar.getHolidays(year, 'sv')) {
    // `date` is the local start, "YYYY-MM-DD hh:mm:ss"; half-days start at noon but share the date.
    if (holiday.type === 'public' || EVES_THAT_COUNT.has(holiday.name)) {
      days.set(holiday.date.slice(0, 10), holiday.name);
    }
  }
  // Should a new library version rename or drop an eve, a deadline would silently stop moving: refuse instead.
  for (const [name, english] of EVES_THAT_COUNT) {
    if (![...days.values()].includes(name)) {
      throw new Error(`date-holidays no longer lists ${english} (${name}) for SE ${year}: review the calendar`);
    }
  }
  return days;
}
