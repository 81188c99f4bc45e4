import { compareDates, stockholmDateOf, type CalendarDate } from '../calendar';
import { dayNumberOf } from '../calendar/calendar-dates';
import { DomainError, type Instant } from '../kernel';

/** True for a real `YYYY-MM-DD` date (`2026-02-30` is not one). */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * T1 for an act registered by its calendar date: the date may be today in Stockholm but not later. The
 * five minutes of clock skew cannot move a date, so they play no part here.
 */
export function assertDateNotInFuture(field: string, date: CalendarDate, now: Instant): void {
  if (!isCalendarDate(date)) {
    throw new DomainError('T1', `${field} '${String(date)}' is not a calendar date (YYYY-MM-DD).`);
  }
  const today = stockholmDateOf(now);
  if (compareDates(date, today) > 0) {
    throw new DomainError('T1', `${field} ${date} lies after today (${today} in Stockholm).`);
  }
}
