import { compareDates, type CalendarDate } from '../calendar';
import { dayNumberOf } from '../calendar/calendar-dates';
import { unitsCommitted } from './counts';
import type { CommitmentJudgement, PlacementJudgement } from './follow-up-messages';
import { followUpOf } from './follow-up-state';
import { slotsOf, type CommitmentState } from './state';

/** S7 (UHM employment requirement, alternative a): an employment that ended early counts from this share. */
export const EARLY_END_SHARE = 0.75;

/** An average month, so that the same number of days always gives the same months, whatever the calendar. */
const DAYS_PER_MONTH = 365.25 / 12;

/** Months served from `from` to `to` (days ÷ 30.4375), to two decimals; 0 when `to` is not after `from`. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const days = dayNumberOf(to) - dayNumberOf(from);
  return days <= 0 ? 0 : Math.round((days / DAYS_PER_MONTH) * 100) / 100;
}

function agreedMonths(state: CommitmentState): number | undefined {
  if (state.status === 'Absent') return undefined;
  const { minMonths } = state.criterion;
  return typeof minMonths === 'number' && Number.isFinite(minMonths) && minMonths > 0 ? minMonths : undefined;
}

/**
 * Whether one placement counts against the units required (S7):
 * - completed: when it served the agreed time (or the criterion sets none);
 * - ended early (interrupted, or completed short of the agreed time): only an employment, and only once
 *   75 % of the agreed time was served; other placement types that ended early do not count;
 * - still running at the period's end: when it has already served the agreed time.
 */
function counts(ended: PlacementJudgement['ended'], months: number, agreed: number | undefined, employment: boolean): boolean {
  const servedEnoughOfEarlyEnd = employment && agreed !== undefined && months >= EARLY_END_SHARE * agreed;
  switch (ended) {
    case 'completed':
      return agreed === undefined || months >= agreed || servedEnoughOfEarlyEnd;
    case 'interrupted':
      return servedEnoughOfEarlyEnd;
    case 'ongoing':
      return agreed !== undefined && months >= agreed;
    default: {
      const _exhaustive: never = ended;
      return _exhaustive;
    }
  }
}

/** S7 at the end of the contract period `periodEnd`: every placement that started, and how many count. */
export function judgeCommitment(state: CommitmentState, periodEnd: CalendarDate): CommitmentJudgement {
  const agreed = agreedMonths(state);
  const employment = state.status !== 'Absent' && state.criterion.placementType === 'employment';
  const seen: Omit<PlacementJudgement, 'counts'>[] = followUpOf(state).earlyEnds.map(({ slotId, startDate, date }) => ({
    slotId, ended: 'interrupted', startDate, monthsServed: monthsBetween(startDate, date),
  }));
  for (const slot of slotsOf(state)) {
    if (slot.status === 'Completed') {
      seen.push({ slotId: slot.slotId, ended: 'completed', startDate: slot.startDate, monthsServed: slot.monthsServed });
    } else if (slot.status === 'Started' && compareDates(slot.startDate, periodEnd) <= 0) {
      seen.push({ slotId: slot.slotId, ended: 'ongoing', startDate: slot.startDate, monthsServed: monthsBetween(slot.startDate, periodEnd) });
    }
  }
  const placements = seen
    .map((placement) => ({ ...placement, counts: counts(placement.ended, placement.monthsServed, agreed, employment) }))
    .sort((a, b) => compareDates(a.startDate, b.startDate) || a.slotId.localeCompare(b.slotId));
  return {
    unitsRequired: unitsCommitted(state),
    ...(agreed === undefined ? {} : { minMonths: agreed }),
    placementsCounted: placements.filter((placement) => placement.counts).length,
    placements,
  };
}
