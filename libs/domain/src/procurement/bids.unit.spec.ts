import { DeciderSpec } from '@kravspar/testing';
import { opened } from './award.fixtures';
import { cancelled, initiated, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { bid, bidReceived, bidWithdrawn, TENDER_DEADLINE, tenderPeriod, withdraw } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const withBid = [...tenderPeriod, bidReceived('b1', 's1')];

describe('ReceiveBid', () => {
  it('receives a bid stamped by the system clock, checked against P4', () => {
    const state = spec.given(tenderPeriod).when(bid('b1', 's1')).then([bidReceived('b1', 's1')]);
    expect(state.status === 'Published' && Object.keys(state.bids)).toEqual(['b1']);
  });

  it('P4: accepts a bid at the deadline and refuses one a minute after it', () => {
    spec.given(tenderPeriod).when(bid('b1', 's1', TENDER_DEADLINE)).then([bidReceived('b1', 's1', TENDER_DEADLINE)]);
    spec.given(tenderPeriod).when(bid('b1', 's1', plusMinutes(TENDER_DEADLINE, 1))).thenThrows('P4', 'has passed');
  });

  it('leaves out an absent social offer', () => {
    const withoutOffer = { ...bid(), data: { bidId: 'b1', supplierId: 's1', price: { amount: 1, currency: 'SEK' } } };
    const [event] = procurementDecider.decide(withoutOffer, spec.given(tenderPeriod).when(bid()).state);
    expect(event?.data).not.toHaveProperty('socialOffer');
  });

  it('refuses a second active bid by the same supplier naming STATE, and accepts one after a withdrawal', () => {
    spec.given(withBid).when(bid('b2', 's1')).thenThrows('STATE', 'already has an active bid');
    spec.given([...withBid, bidWithdrawn('b1', 's1')]).when(bid('b2', 's1')).then([bidReceived('b2', 's1')]);
  });

  it('stays quiet on a repeat, and refuses the same id with another price naming STATE', () => {
    spec.given(withBid).when(bid('b1', 's1', plusMinutes(TENDER_DEADLINE, 60))).thenNothing();
    spec.given(withBid).when(bid('b1', 's1', undefined, { price: { amount: 1, currency: 'SEK' } })).thenThrows('STATE', 'other content');
  });

  it('refuses before publication and after opening naming STATE, after cancellation naming P10', () => {
    spec.given([initiated()]).when(bid()).thenThrows('STATE');
    spec.given([...tenderPeriod, opened({ bidIds: [] })]).when(bid()).thenThrows('STATE', 'BidsOpened');
    spec.given([...tenderPeriod, cancelled()]).when(bid()).thenThrows('P10');
  });
});

describe('WithdrawBid', () => {
  it('withdraws the supplier\'s own bid before the deadline (P4)', () => {
    const state = spec.given(withBid).when(withdraw('b1', 's1')).then([bidWithdrawn('b1', 's1')]);
    expect(state.status === 'Published' && state.bids['b1']?.withdrawnAt).toBeDefined();
  });

  it('P4: refuses a withdrawal after the deadline', () => {
    spec.given(withBid).when(withdraw('b1', 's1', plusMinutes(TENDER_DEADLINE, 1))).thenThrows('P4', 'no longer be withdrawn');
  });

  it('refuses another supplier\'s bid naming STATE, exactly like an unknown bid', () => {
    spec.given(withBid).when(withdraw('b1', 's2')).thenThrows('STATE', "Supplier s2 has no bid 'b1'");
    spec.given(withBid).when(withdraw('b9', 's2')).thenThrows('STATE', "Supplier s2 has no bid 'b9'");
  });

  it('stays quiet on a repeat, even after the deadline', () => {
    spec.given([...withBid, bidWithdrawn()]).when(withdraw('b1', 's1', plusMinutes(TENDER_DEADLINE, 1))).thenNothing();
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...withBid, cancelled()]).when(withdraw()).thenThrows('P10');
  });
});
