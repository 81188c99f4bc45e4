import { INTERRUPTION_REASONS, PLACEMENT_OUTCOMES } from '@kravspar/domain';
import type { PlacementEnding } from './placement-outcome';

/** Counts from 1 to this minus one are small cells (domain.md §4: cells < 5 suppressed). */
export const SMALL_CELL_THRESHOLD = 5;

/** The ended placements of one unit and year with one code, as the read store sums them. */
export interface OutcomeGroup {
  readonly unitId: string;
  readonly year: number;
  readonly ending: PlacementEnding;
  readonly code: string;
  readonly count: number;
  /** Summed over the completions; null for interruptions, which record no months. */
  readonly monthsServed: number | null;
}

/** A count, or null with `suppressed: true` when it is hidden. */
export interface CountCell {
  readonly count: number | null;
  readonly suppressed: boolean;
}
export interface CompletionCell extends CountCell {
  readonly monthsServed: number | null;
}
export type Coded<Cell> = Cell & { readonly code: string };

export interface OutcomeStatisticsItem {
  readonly unitId: string;
  readonly year: number;
  readonly completions: { readonly total: CompletionCell; readonly byOutcome: readonly Coded<CompletionCell>[] };
  readonly interruptions: { readonly total: CountCell; readonly byReason: readonly Coded<CountCell>[] };
}

const isSmall = (count: number) => count > 0 && count < SMALL_CELL_THRESHOLD;

/**
 * Which cells of one breakdown to hide. Primary: every count from 1 to 4. A zero describes nobody and is
 * shown — unless the breakdown hides a small count: the total is known (here, and in the placement funnel),
 * so shown zeros and shown counts would pin the hidden ones down (two hidden cells of a total 2 are 1 and 1).
 * Such a breakdown therefore also hides its zeros and its smallest count of 5 or more, leaving only a sum
 * that mixes small and large counts under codes that cannot be told apart.
 */
export function hiddenCells(counts: readonly number[]): boolean[] {
  if (!counts.some(isSmall)) return counts.map(() => false);
  const large = counts.filter((count) => count >= SMALL_CELL_THRESHOLD);
  const smallestLarge = large.length > 0 ? Math.min(...large) : undefined;
  let protectorHidden = false;
  return counts.map((count) => {
    if (count < SMALL_CELL_THRESHOLD) return true;
    if (count !== smallestLarge || protectorHidden) return false;
    protectorHidden = true;
    return true;
  });
}

// Sums of fractional months carry floating-point noise; two decimals are more than a month's precision.
const months = (value: number) => Math.round(value * 100) / 100;

function completions(groups: readonly OutcomeGroup[], exact: boolean): OutcomeStatisticsItem['completions'] {
  const cells = PLACEMENT_OUTCOMES.map((code) => groups.find((group) => group.ending === 'completed' && group.code === code));
  const counts = cells.map((cell) => cell?.count ?? 0);
  const hidden = exact ? counts.map(() => false) : hiddenCells(counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const totalHidden = !exact && isSmall(total);
  const totalMonths = cells.reduce((sum, cell) => sum + (cell?.monthsServed ?? 0), 0);
  return {
    total: { count: totalHidden ? null : total, monthsServed: totalHidden ? null : months(totalMonths), suppressed: totalHidden },
    byOutcome: PLACEMENT_OUTCOMES.map((code, i) => ({
      code,
      count: hidden[i] ? null : counts[i],
      monthsServed: hidden[i] ? null : months(cells[i]?.monthsServed ?? 0),
      suppressed: hidden[i],
    })),
  };
}

function interruptions(groups: readonly OutcomeGroup[], exact: boolean): OutcomeStatisticsItem['interruptions'] {
  const counts = INTERRUPTION_REASONS.map((code) => groups.find((group) => group.ending === 'interrupted' && group.code === code)?.count ?? 0);
  const hidden = exact ? counts.map(() => false) : hiddenCells(counts);
  const total = counts.reduce((sum, count) => sum + count, 0);
  const totalHidden = !exact && isSmall(total);
  return {
    total: { count: totalHidden ? null : total, suppressed: totalHidden },
    byReason: INTERRUPTION_REASONS.map((code, i) => ({ code, count: hidden[i] ? null : counts[i], suppressed: hidden[i] })),
  };
}

/**
 * The outcome statistics per unit and year (domain.md §4), every code of the closed lists with its cell.
 * `exact` is for the matching unit, which knows the people behind the counts anyway; everyone else gets
 * small cells suppressed. Groups must be sorted by unit, then year.
 */
export function outcomeStatistics(groups: readonly OutcomeGroup[], { exact }: { exact: boolean }): OutcomeStatisticsItem[] {
  const keys = [...new Map(groups.map((group) => [`${group.unitId}\n${group.year}`, group])).values()];
  return keys.map(({ unitId, year }) => {
    const own = groups.filter((group) => group.unitId === unitId && group.year === year);
    return { unitId, year, completions: completions(own, exact), interruptions: interruptions(own, exact) };
  });
}
