import type { Instant } from '../kernel';
import { addDays, stockholmDateOf, weekdayOf, type CalendarDate } from './calendar-dates';
import { deadlineHolidaysIn } from './swedish-holidays';

/**
 * True when a deadline falling on `date` moves to the next day (lag 1930:173, 2 §): a Saturday, a Sunday,
 * a Swedish public holiday, Midsummer Eve, Christmas Eve or New Year's Eve. Maundy Thursday and the other
 * half-days do not move a deadline.
 */
export function isDeadlineMovingDay(date: CalendarDate): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 0 || weekday === 6) return true;
  return deadlineHolidaysIn(Number(date.slice(0, 4))).has(date);
}

/**
 * The last day of a period of `days` days counted from `date` (day 0): `date + days`, moved forward past
 * every deadline-moving day. Christmas 2025 shows the longest usual run: 24 Dec to 28 Dec all move.
 */
export function lastDayAfter(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number ≥ 0: ${days}`);
  let last = addDays(date, days);
  while (isDeadlineMovingDay(last)) last = addDays(last, 1);
  return last;
}

/** How the award notification reached the tenderers; the standstill is shorter for electronic means. */
export type NotificationChannel = 'electronic' | 'other';

/** P7, LOU 20:2: standstill days after the award notification, by channel. */
export const STANDSTILL_DAYS: Readonly<Record<NotificationChannel, number>> = { electronic: 10, other: 15 };

/**
 * P7: the last standstill day of an award notification sent at `sentAt` — 10 days (electronic) or 15
 * (other) after its Stockholm date, moved past deadline-moving days. Signing is allowed from the day after.
 */
export function standstillLastDay(sentAt: Instant, channel: NotificationChannel): CalendarDate {
  return lastDayAfter(stockholmDateOf(sentAt), STANDSTILL_DAYS[channel]);
}
