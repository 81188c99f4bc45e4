import { addDays, compareDates, type CalendarDate } from '../calendar';
import { isCalendarDate } from '../contract/dates';
import { isOneOf, REPORTING_SCHEDULES, type ReportingSchedule } from '../procurement/vocabulary';
import type { ReportPeriod } from './follow-up-messages';

/** Each report is due this many days after its period ends (domain.md §2, `reportingSchedule`). */
export const REPORT_DUE_DAYS = 30;

const MONTHS_PER_PERIOD: Record<ReportingSchedule, number> = { quarterly: 3, semiannual: 6, annual: 12 };

/** A contract far beyond any real term would otherwise make an endless schedule. */
const MAX_PERIODS = 400;

export interface ReportingPeriod extends ReportPeriod {
  /** The last day the report is on time; it is overdue from the next day. */
  readonly dueDate: CalendarDate;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * `date` moved by whole months. A day the target month lacks becomes its last day (31 January + 1 month is
 * 28 or 29 February), so a schedule counted from the 31st keeps to month ends instead of drifting.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!isCalendarDate(date) || !Number.isInteger(months)) throw new RangeError(`addMonths(${date}, ${months})`);
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${pad(targetYear, 4)}-${pad(targetMonth, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** The due date of the report on a period that ends on `periodEnd`. */
export function reportDueDate(periodEnd: CalendarDate): CalendarDate {
  return addDays(periodEnd, REPORT_DUE_DAYS);
}

/**
 * The reporting periods of a commitment: counted from the contract start in steps of the schedule, each
 * measured from the start itself (not from the previous period, which a short month would shorten for
 * good); the last one ends with the contract. Empty for a criterion without a schedule or a bad range.
 */
export function reportingPeriods(schedule: unknown, contractStart: CalendarDate, contractEnd: CalendarDate): ReportingPeriod[] {
  if (!isOneOf(REPORTING_SCHEDULES, schedule) || !isCalendarDate(contractStart) || !isCalendarDate(contractEnd)) return [];
  const months = MONTHS_PER_PERIOD[schedule];
  const periods: ReportingPeriod[] = [];
  for (let k = 0; k < MAX_PERIODS; k += 1) {
    const start = addMonths(contractStart, k * months);
    if (compareDates(start, contractEnd) > 0) break;
    const naturalEnd = addDays(addMonths(contractStart, (k + 1) * months), -1);
    const end = compareDates(naturalEnd, contractEnd) < 0 ? naturalEnd : contractEnd;
    periods.push({ start, end, dueDate: reportDueDate(end) });
  }
  return periods;
}

/** The period of the schedule that is exactly `period`, if any. */
export function findReportingPeriod(periods: readonly ReportingPeriod[], period: ReportPeriod): ReportingPeriod | undefined {
  return periods.find((candidate) => candidate.start === period?.start && candidate.end === period?.end);
}

/** The S6 due date: `firstPlacementDueDays` after the contract start; undefined when the criterion sets none. */
export function firstPlacementDueDate(contractStart: CalendarDate, dueDays: unknown): CalendarDate | undefined {
  if (typeof dueDays !== 'number' || !Number.isInteger(dueDays) || dueDays < 0) return undefined;
  return addDays(contractStart, dueDays);
}
