import { addDays } from './stockholm-day';
import { firstPlacementDueSoonTimer } from './notifier-timers';
import type { TimerToSet } from './rule-outcome';

/**
 * What the notifier learns towards the first-placement warning (S6): a commitment with a due period, its
 * contract's start, and whether a placement has started. Kept in the notifier's tables; messages bring them
 * in any order.
 */
export type FirstPlacementFact =
  | {
      readonly kind: 'commitment';
      readonly commitmentId: string;
      readonly contractId: string;
      readonly buyerUnitId: string;
      readonly matchingUnitId: string | null;
      readonly firstPlacementDueDays: number;
    }
  | { readonly kind: 'contract-started'; readonly contractId: string; readonly startDate: string }
  | { readonly kind: 'placement-started'; readonly commitmentId: string };

/** A commitment's first-placement clock as far as it is known. */
export interface FirstPlacementClock {
  readonly commitmentId: string;
  readonly contractId: string;
  readonly buyerUnitId: string;
  readonly matchingUnitId: string | null;
  readonly firstPlacementDueDays: number;
  /** Null until the contract start is known. */
  readonly contractStart: string | null;
  readonly placementStarted: boolean;
}

/**
 * The warning timer a clock calls for: once the contract start is known and while no placement has started.
 * The due date is the contract start plus `firstPlacementDueDays` (as the projector's S6 timer counts it).
 */
export function firstPlacementTimerFor(clock: FirstPlacementClock): TimerToSet | undefined {
  if (clock.contractStart === null || clock.placementStarted) return undefined;
  const { commitmentId, contractId, buyerUnitId, matchingUnitId } = clock;
  return firstPlacementDueSoonTimer({
    commitmentId,
    contractId,
    buyerUnitId,
    matchingUnitId,
    dueDate: addDays(clock.contractStart, clock.firstPlacementDueDays),
  });
}
