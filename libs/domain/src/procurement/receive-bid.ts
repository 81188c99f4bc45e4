import { DomainError, instantMs } from '../kernel';
import { requireStatus } from './guards';
import type { Bid } from './records';
import type { ProcurementState } from './state';
import { bidsOf, findBid } from './state-queries';
import type { ReceiveBid, ReceiveBidData } from './tender-commands';
import type { BidReceived } from './tender-events';

function sameBid(bid: Bid, data: ReceiveBidData): boolean {
  return (
    bid.supplierId === data.supplierId &&
    bid.price.amount === data.price.amount &&
    bid.price.currency === data.price.currency &&
    bid.socialOffer === data.socialOffer
  );
}

/**
 * P4: a bid is stamped by the system clock and refused after the tender deadline. A supplier has one
 * active bid at a time; to change it, it withdraws the bid and submits a new one.
 */
export function receiveBid(command: ReceiveBid, state: ProcurementState): BidReceived[] {
  const { bidId, supplierId, price, socialOffer } = command.data;
  const { now } = command.metadata;
  const existing = findBid(state, bidId);
  if (existing !== undefined && sameBid(existing, command.data)) return [];
  requireStatus(state, command, ['Published']);
  if (existing !== undefined) throw new DomainError('STATE', `Bid '${bidId}' was already received with other content.`);
  if (instantMs(now) > instantMs(state.tenderDeadline)) {
    throw new DomainError('P4', `The tender deadline ${state.tenderDeadline} has passed; bid received at ${now} is refused.`);
  }
  const active = bidsOf(state).find((bid) => bid.supplierId === supplierId && bid.withdrawnAt === undefined);
  if (active !== undefined) {
    throw new DomainError('STATE', `Supplier ${supplierId} already has an active bid ('${active.bidId}'); withdraw it first.`);
  }
  return [
    {
      type: 'BidReceived',
      data: {
        bidId,
        supplierId,
        price: { amount: price.amount, currency: price.currency },
        ...(socialOffer === undefined ? {} : { socialOffer }),
        receivedAt: now,
      },
      metadata: { occurredAt: now, ruleRefs: ['P4'] },
    },
  ];
}

export function evolveBidReceived(state: ProcurementState, event: BidReceived): ProcurementState {
  if (state.status !== 'Published') return state;
  return { ...state, bids: { ...state.bids, [event.data.bidId]: { ...event.data } } };
}
