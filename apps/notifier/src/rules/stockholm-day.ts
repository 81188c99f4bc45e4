/**
 * Calendar days in Europe/Stockholm, where the buyers' deadlines are counted (domain.md §2), without the
 * domain's calendar (the notifier does not import `domain`).
 */
const STOCKHOLM = 'Europe/Stockholm';
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a Stockholm calendar day (`YYYY-MM-DD`) begins. */
export function startOfStockholmDay(date: string): Date {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Sweden changes its offset at 01:00 UTC, so the offset at UTC midnight is the one at local midnight.
  return new Date(utcMidnight - offsetMinutes(new Date(utcMidnight)) * 60_000);
}

/** The Stockholm calendar day of an instant. */
export function stockholmDate(instant: Date): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: STOCKHOLM, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** `date` moved by `days` calendar days (negative: earlier). */
export function addDays(date: string, days: number): string {
  const start = startOfStockholmDay(date);
  // Noon avoids the hour a change of offset adds or removes.
  return stockholmDate(new Date(start.getTime() + days * DAY_MS + 12 * 3_600_000));
}

function offsetMinutes(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: STOCKHOLM, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0; // "GMT" alone: no offset
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}
