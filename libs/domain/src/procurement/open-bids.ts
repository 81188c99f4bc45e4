import { DomainError, instantMs } from '../kernel';
import type { OpenBids } from './award-commands';
import type { BidsOpened } from './award-events';
import { assertNotInFuture, requireStatus, sameInstant, sameList } from './guards';
import type { ProcurementState } from './state';
import { bidsOf } from './state-queries';
import { isFilled } from './vocabulary';

/** P4, LOU 12:10: at least two appointed openers. */
export const MINIMUM_OPENERS = 2;

/** The distinct openers, sorted, so that the order they are listed in does not matter. */
function distinctOpeners(openers: readonly string[]): string[] {
  return [...new Set(openers.filter(isFilled).map((opener) => opener.trim()))].sort();
}

function openingOf(state: ProcurementState) {
  return 'opening' in state ? state.opening : undefined;
}

/** P4: bids are opened after the tender deadline, by at least two appointed openers. */
export function openBids(command: OpenBids, state: ProcurementState): BidsOpened[] {
  const { openedAt, openers } = command.data;
  const opened = openingOf(state);
  if (
    opened !== undefined &&
    sameInstant(opened.openedAt, openedAt) &&
    sameList(distinctOpeners(opened.openers), distinctOpeners(openers))
  ) {
    return [];
  }
  requireStatus(state, command, ['Published']);
  assertNotInFuture('openedAt', openedAt, command.metadata.now);
  if (instantMs(openedAt) <= instantMs(state.tenderDeadline)) {
    throw new DomainError('P4', `Bids cannot be opened at ${openedAt}, before the tender deadline ${state.tenderDeadline} has passed.`);
  }
  const appointed = distinctOpeners(openers);
  if (appointed.length < MINIMUM_OPENERS) {
    throw new DomainError('P4', `Bids are opened by at least ${MINIMUM_OPENERS} distinct openers; got ${appointed.length}.`);
  }
  const bidIds = bidsOf(state)
    .filter((bid) => bid.withdrawnAt === undefined)
    .map((bid) => bid.bidId);
  return [
    {
      type: 'BidsOpened',
      data: { openedAt, openers: appointed, bidIds },
      metadata: { occurredAt: openedAt, ruleRefs: ['P4', 'T1'] },
    },
  ];
}

export function evolveBidsOpened(state: ProcurementState, event: BidsOpened): ProcurementState {
  if (state.status !== 'Published') return state;
  return { ...state, status: 'BidsOpened', opening: event.data };
}
