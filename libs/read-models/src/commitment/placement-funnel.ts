import type { SocialCriterion } from '@kravspar/domain';
import type { SlotStatus, SlotView } from './commitment-document';

/**
 * The placement funnel of domain.md §4 ("3 committed, 2 matched"). Each count is of slots as they stand
 * now, except `interrupted`, which counts events:
 * - `committed`: the criterion's `unitsRequired` (0 for a criterion without placements);
 * - `offered`: slots not withdrawn, whatever became of them since (a slot that was matched, started or
 *   completed was offered first); a withdrawn slot is not on offer, and a reopened one counts once;
 * - `matched`: slots Matched, Started or Completed (an interrupted placement reopens its slot and leaves);
 * - `started`: Started or Completed; `ongoing`: Started; `completed`: Completed;
 * - `interrupted`: every `PlacementInterrupted` so far, including those of slots filled again since.
 */
export interface PlacementFunnel {
  readonly committed: number;
  readonly offered: number;
  readonly matched: number;
  readonly started: number;
  readonly ongoing: number;
  readonly completed: number;
  readonly interrupted: number;
}

const MATCHED: readonly SlotStatus[] = ['Matched', 'Started', 'Completed'];
const STARTED: readonly SlotStatus[] = ['Started', 'Completed'];

/** The funnel of one commitment, from its criterion and its slots. */
export function placementFunnel(criterion: SocialCriterion, slots: readonly SlotView[]): PlacementFunnel {
  const count = (statuses: readonly SlotStatus[]) => slots.filter((slot) => statuses.includes(slot.status)).length;
  return {
    committed: criterion.unitsRequired ?? 0,
    offered: slots.filter((slot) => slot.status !== 'Withdrawn').length,
    matched: count(MATCHED),
    started: count(STARTED),
    ongoing: count(['Started']),
    completed: count(['Completed']),
    interrupted: slots.reduce((sum, slot) => sum + slot.interruptions.length, 0),
  };
}
