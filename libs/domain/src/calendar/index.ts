/** Dates in Europe/Stockholm: `YYYY-MM-DD` values, their arithmetic, and the date of an instant. */
export {
  addDays,
  compareDates,
  stockholmCalendarDaysBetween,
  stockholmDateOf,
  stockholmStartOf,
  weekdayOf,
  type CalendarDate,
} from './calendar-dates';
/** The Swedish deadline calendar (lag 1930:173) and the P7 standstill period. */
export {
  isDeadlineMovingDay,
  lastDayAfter,
  standstillLastDay,
  STANDSTILL_DAYS,
  type NotificationChannel,
} from './deadlines';
