import { DAY_MS, DomainError, instantMs, type Instant } from '../kernel';
import type { ProcurementDetails, PublishProcurementData } from './commands';
import { isInstant } from './guards';

/** P2, LOU 11:2: directive-regime open procedure. */
export const DIRECTIVE_OPEN_MINIMUM_DAYS = 35;
/** P2, LOU 11:6: shortened by five days when tenders are submitted electronically. */
export const DIRECTIVE_OPEN_ELECTRONIC_MINIMUM_DAYS = 30;

// Rules count days in Europe/Stockholm. The formatter is built once: it is immutable and its output
// depends only on its input (and the tz data of the runtime), so `decide` stays pure.
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Stockholm of an instant, e.g. `2026-03-29`. Throws a RangeError for a non-instant. */
export function stockholmDate(instant: Instant): string {
  const parts = STOCKHOLM_DATE.formatToParts(instantMs(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Days since the epoch of a `YYYY-MM-DD` date: a date count that DST cannot stretch or shrink. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** Whole calendar days from the Stockholm date of `from` to the Stockholm date of `to`. */
export function stockholmCalendarDaysBetween(from: Instant, to: Instant): number {
  return dayNumber(stockholmDate(to)) - dayNumber(stockholmDate(from));
}

/** The P2 minimum tender period, in Stockholm calendar days, for this procurement. */
export function minimumTenderDays(
  details: Pick<ProcurementDetails, 'regime' | 'procedure'>,
  publication: Pick<PublishProcurementData, 'electronicTenders' | 'otherRegimeMinimumTenderDays'>,
): number {
  if (details.regime === 'directive' && details.procedure === 'open') {
    return publication.electronicTenders
      ? DIRECTIVE_OPEN_ELECTRONIC_MINIMUM_DAYS
      : DIRECTIVE_OPEN_MINIMUM_DAYS;
  }
  const configured = publication.otherRegimeMinimumTenderDays;
  // A broken configuration is a programming error, not a refused command: fail loudly, not with a rule.
  if (!Number.isInteger(configured) || configured < 0) {
    throw new RangeError(`otherRegimeMinimumTenderDays must be a whole number ≥ 0, got ${configured}`);
  }
  return configured;
}

/**
 * P2: the tender deadline lies after the publication and its Stockholm date is at least `minimumDays`
 * after the publication's Stockholm date, and a questions deadline lies strictly between the two
 * (the tender period must be coherent; P3 itself only flags late answers, it never refuses).
 * Assumes `publishedAt` is a valid instant (checked under T1 first).
 */
export function assertTenderPeriod(publication: PublishProcurementData, minimumDays: number): void {
  const { publishedAt, tenderDeadline, questionsDeadline } = publication;
  if (!isInstant(tenderDeadline)) {
    throw new DomainError('P2', `tenderDeadline '${String(tenderDeadline)}' is not an ISO 8601 instant.`);
  }
  if (instantMs(tenderDeadline) <= instantMs(publishedAt)) {
    throw new DomainError('P2', `tenderDeadline ${tenderDeadline} is not after publishedAt ${publishedAt}.`);
  }
  const days = stockholmCalendarDaysBetween(publishedAt, tenderDeadline);
  if (days < minimumDays) {
    throw new DomainError(
      'P2',
      `The tender period is ${days} days (Stockholm dates ${stockholmDate(publishedAt)} → ` +
        `${stockholmDate(tenderDeadline)}); at least ${minimumDays} days are required.`,
    );
  }
  if (questionsDeadline === undefined) return;
  if (!isInstant(questionsDeadline)) {
    throw new DomainError('P2', `questionsDeadline '${String(questionsDeadline)}' is not an ISO 8601 instant.`);
  }
  const questionsMs = instantMs(questionsDeadline);
  if (questionsMs <= instantMs(publishedAt) || questionsMs >= instantMs(tenderDeadline)) {
    throw new DomainError(
      'P2',
      `questionsDeadline ${questionsDeadline} must lie after publishedAt ${publishedAt} and before tenderDeadline ${tenderDeadline}.`,
    );
  }
}
