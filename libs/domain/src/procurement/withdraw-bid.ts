import { DomainError, instantMs } from '../kernel';
import { requireStatus } from './guards';
import type { ProcurementState } from './state';
import { findBid } from './state-queries';
import type { WithdrawBid } from './tender-commands';
import type { BidWithdrawn } from './tender-events';

/**
 * P4: a bid can be withdrawn until the tender deadline, only by the supplier that made it. Another
 * supplier's bid is refused like an unknown one, so the refusal reveals nothing (the HTTP layer answers 404).
 */
export function withdrawBid(command: WithdrawBid, state: ProcurementState): BidWithdrawn[] {
  const { bidId, supplierId } = command.data;
  const { now } = command.metadata;
  const bid = findBid(state, bidId);
  const own = bid !== undefined && bid.supplierId === supplierId;
  if (own && bid.withdrawnAt !== undefined) return [];
  requireStatus(state, command, ['Published']);
  if (!own) throw new DomainError('STATE', `Supplier ${supplierId} has no bid '${bidId}'.`);
  if (instantMs(now) > instantMs(state.tenderDeadline)) {
    throw new DomainError('P4', `The tender deadline ${state.tenderDeadline} has passed; bid '${bidId}' can no longer be withdrawn.`);
  }
  return [{ type: 'BidWithdrawn', data: { bidId, supplierId, withdrawnAt: now }, metadata: { occurredAt: now, ruleRefs: ['P4'] } }];
}

export function evolveBidWithdrawn(state: ProcurementState, event: BidWithdrawn): ProcurementState {
  if (state.status !== 'Published' || !Object.hasOwn(state.bids, event.data.bidId)) return state;
  const bid = { ...state.bids[event.data.bidId], withdrawnAt: event.data.withdrawnAt };
  return { ...state, bids: { ...state.bids, [event.data.bidId]: bid } };
}
