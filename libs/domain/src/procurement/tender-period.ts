import { stockholmCalendarDaysBetween, stockholmDateOf } from '../calendar';
import { DomainError, instantMs } from '../kernel';
import type { ProcurementDetails, PublishProcurementData } from './commands';
import { isInstant } from './guards';

/** P2, LOU 11:2: directive-regime open procedure. */
export const DIRECTIVE_OPEN_MINIMUM_DAYS = 35;
/** P2, LOU 11:6: shortened by five days when tenders are submitted electronically. */
export const DIRECTIVE_OPEN_ELECTRONIC_MINIMUM_DAYS = 30;

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
      `The tender period is ${days} days (Stockholm dates ${stockholmDateOf(publishedAt)} → ` +
        `${stockholmDateOf(tenderDeadline)}); at least ${minimumDays} days are required.`,
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
