import { DeciderSpec } from '@kravspar/testing';
import { open, opened } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { bidWithdrawn, TENDER_DEADLINE, tenderPeriod, withBids } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);

describe('OpenBids', () => {
  it('opens every bid not withdrawn, after the deadline, by two openers (P4, T1)', () => {
    const state = spec
      .given([...withBids, bidWithdrawn('b2', 's2')])
      .when(open())
      .then([opened({ bidIds: ['b1', 'b3'] })]);
    expect(state.status).toBe('BidsOpened');
  });

  it('opens a tender period without bids', () => {
    spec.given(tenderPeriod).when(open()).then([opened({ bidIds: [] })]);
  });

  it('P4: refuses an opening at the deadline, and accepts one a minute later', () => {
    spec.given(withBids).when(open({ openedAt: TENDER_DEADLINE })).thenThrows('P4', 'before the tender deadline');
    const openedAt = plusMinutes(TENDER_DEADLINE, 1);
    spec.given(withBids).when(open({ openedAt })).then([opened({ openedAt })]);
  });

  it.each([
    ['one opener', ['officer-1']],
    ['the same opener twice', ['officer-1', 'officer-1']],
    ['a blank second opener', ['officer-1', ' ']],
  ])('P4: refuses %s', (_case, openers) => {
    spec.given(withBids).when(open({ openers })).thenThrows('P4', 'at least 2 distinct openers');
  });

  it('T1: refuses an openedAt in the future', () => {
    const now = '2025-05-13T09:00:00+02:00';
    spec.given(withBids).when(open({ openedAt: plusMinutes(now, 6) }, now)).thenThrows('T1');
  });

  it('stays quiet on a repeat with the openers in another order, and refuses another time naming STATE', () => {
    spec.given([...withBids, opened()]).when(open({ openers: ['officer-2', 'officer-1'] })).thenNothing();
    spec.given([...withBids, opened()]).when(open({ openedAt: '2025-05-14T09:00:00+02:00' })).thenThrows('STATE', 'BidsOpened');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...withBids, cancelled()]).when(open()).thenThrows('P10');
  });
});
