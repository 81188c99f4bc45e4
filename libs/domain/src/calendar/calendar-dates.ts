import { DAY_MS, instantMs, type Instant } from '../kernel';

/** A calendar date without a time or zone, `YYYY-MM-DD`; ISO strings of this form sort as dates do. */
export type CalendarDate = string;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Deadlines count days in Europe/Stockholm. The formatter is built once: it is immutable and its output
// depends only on its input (and the runtime's tz data), so code that uses it stays pure.
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Europe/Stockholm of an ISO instant, e.g. `2025-12-15` for `2025-12-14T23:30:00Z`.
 * Intl applies the offset in force at that instant (CET or CEST), so the evenings around a DST switch date
 * correctly. Throws a RangeError for a string that is not an instant.
 */
export function stockholmDateOf(instant: Instant): CalendarDate {
  const ms = instantMs(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${instant}`);
  const parts = STOCKHOLM_DATE.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date: whole-day arithmetic that DST cannot stretch or shrink.
 * Throws a RangeError for anything but a real date (`2026-02-30` is refused, not rolled over).
 */
export function dayNumberOf(date: CalendarDate): number {
  const match = DATE_SHAPE.exec(date);
  if (match) {
    const [year, month, day] = match.slice(1).map(Number);
    const ms = Date.UTC(year, month - 1, day);
    if (new Date(ms).toISOString().startsWith(date)) return ms / DAY_MS;
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
}

/** The date of a day number (days since 1970-01-01). */
export function dateOfDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative moves back); `days` must be a whole number. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number: ${days}`);
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** Negative when `a` is before `b`, 0 on the same day, positive after; usable as a sort comparator. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return dayNumberOf(a) - dayNumberOf(b);
}

/** Day of the week, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumberOf(date) + 4) % 7) + 7) % 7;
}

/**
 * The instant at which `date` begins in Europe/Stockholm (00:00 local, CET or CEST), as an ISO string.
 * Midnight is never skipped or repeated by Swedish DST (the switches happen at 02:00/03:00).
 */
export function stockholmStartOf(date: CalendarDate): Instant {
  const utcMidnight = dayNumberOf(date) * DAY_MS;
  // Stockholm is UTC+1 or UTC+2: local midnight is one or two hours before UTC midnight.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000).toISOString();
    if (stockholmDateOf(candidate) === date) return candidate;
  }
  throw new RangeError(`no Stockholm midnight found for ${date}`);
}

/** Whole calendar days from the Stockholm date of `from` to the Stockholm date of `to` (P2, P3, P11 count so). */
export function stockholmCalendarDaysBetween(from: Instant, to: Instant): number {
  return dayNumberOf(stockholmDateOf(to)) - dayNumberOf(stockholmDateOf(from));
}
