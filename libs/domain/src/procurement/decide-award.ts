import { DomainError, instantMs } from '../kernel';
import type { DecideAward } from './award-commands';
import type { AwardDecided } from './award-events';
import { assertNotInFuture, requireStatus, sameInstant, sameList } from './guards';
import type { ProcurementState } from './state';
import { isFilled } from './vocabulary';

/**
 * Phrases that name the award criterion instead of giving reasons. LOU 12:12 asks for the concrete reasons
 * of the choice; "the most economically advantageous tender" alone is not one.
 */
const GENERIC_REASONS = [
  'most economically advantageous tender',
  'most economically advantageous',
  'best price-quality ratio',
  'lowest price',
  'ekonomiskt mest fördelaktiga anbudet',
  'det ekonomiskt mest fördelaktiga anbudet',
  'mest ekonomiskt fördelaktigt',
  'bästa förhållandet mellan pris och kvalitet',
  'lägsta pris',
  'lägst pris',
];

function normalised(text: string): string {
  return text.trim().toLowerCase().replace(/[.!,;:]+$/u, '').replace(/\s+/gu, ' ');
}

/** P6: non-blank reasons that say more than the name of the award criterion. */
export function areConcreteReasons(reasons: unknown): boolean {
  return isFilled(reasons) && !GENERIC_REASONS.includes(normalised(reasons));
}

const sorted = (ids: readonly string[]) => [...ids].sort();

/** P6: the award decision follows the evaluation, names ranked qualified bids and states concrete reasons. */
export function decideAward(command: DecideAward, state: ProcurementState): AwardDecided[] {
  const { winnerBidIds, reasons, decidedAt } = command.data;
  const recorded = 'award' in state ? state.award : undefined;
  if (
    recorded !== undefined &&
    sameList(sorted(recorded.winnerBidIds), sorted(winnerBidIds)) &&
    recorded.reasons === reasons &&
    sameInstant(recorded.decidedAt, decidedAt)
  ) {
    return [];
  }
  requireStatus(state, command, ['Evaluating']);
  assertNotInFuture('decidedAt', decidedAt, command.metadata.now);
  if (instantMs(decidedAt) < instantMs(state.opening.openedAt)) {
    throw new DomainError('P6', `The award decision at ${decidedAt} cannot precede the opening at ${state.opening.openedAt}.`);
  }
  const ranked = state.ranking.map((entry) => entry.bidId);
  if (winnerBidIds.length === 0 || new Set(winnerBidIds).size !== winnerBidIds.length) {
    throw new DomainError('P6', 'An award decision names one or more distinct winning bids.');
  }
  const unranked = winnerBidIds.filter((bidId) => !ranked.includes(bidId));
  if (unranked.length > 0) {
    throw new DomainError('P6', `Only ranked qualified bids can win; not ranked: ${unranked.join(', ')}.`);
  }
  if (!areConcreteReasons(reasons)) {
    throw new DomainError('P6', 'The award decision must state concrete reasons, not only the award criterion.');
  }
  return [
    {
      type: 'AwardDecided',
      data: { winnerBidIds: [...winnerBidIds], reasons, decidedAt },
      metadata: { occurredAt: decidedAt, ruleRefs: ['P6', 'T1'] },
    },
  ];
}

export function evolveAwardDecided(state: ProcurementState, event: AwardDecided): ProcurementState {
  if (state.status !== 'Evaluating') return state;
  const { reopenedBy: _settled, ...rest } = state;
  return { ...rest, status: 'AwardDecided', award: event.data };
}
