import { DeciderSpec } from '@kravspar/testing';
import { evaluated, exclude, excluded, opened, opening, qualified, qualify } from './award.fixtures';
import { cancelled } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { bidReceived, bidWithdrawn, withBids } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);

describe('QualifySupplier and ExcludeSupplier', () => {
  it('qualifies an opened bid, naming its supplier (P6)', () => {
    const state = spec.given(opening).when(qualify('b2')).then([qualified('b2', 's2')]);
    expect(state.status === 'BidsOpened' && state.bids['b2']?.assessment).toEqual({ verdict: 'qualified' });
  });

  it('excludes an opened bid with its ground and reason (P6)', () => {
    const state = spec.given(opening).when(exclude()).then([excluded()]);
    expect(state.status === 'BidsOpened' && state.bids['b3']?.assessment?.verdict).toBe('excluded');
  });

  it('stays quiet on a repeat of the same assessment', () => {
    spec.given([...opening, qualified('b1', 's1')]).when(qualify('b1')).thenNothing();
    spec.given([...opening, excluded()]).when(exclude()).thenNothing();
  });

  it('refuses a different assessment of an assessed bid naming STATE', () => {
    spec.given([...opening, qualified('b3', 's3')]).when(exclude()).thenThrows('STATE', 'already qualified');
    spec.given([...opening, excluded()]).when(exclude({ reason: 'Annat skäl' })).thenThrows('STATE', 'already excluded');
  });

  it('refuses a bid that was not opened naming STATE (withdrawn, or unknown)', () => {
    const withdrawnFirst = [...withBids, bidWithdrawn('b2', 's2'), opened({ bidIds: ['b1', 'b3'] })];
    spec.given(withdrawnFirst).when(qualify('b2')).thenThrows('STATE', 'not opened');
    spec.given(opening).when(qualify('b9')).thenThrows('STATE', 'not opened');
  });

  it('refuses before opening and after evaluation naming STATE, after cancellation naming P10', () => {
    spec.given([...withBids, bidReceived('b4', 's4')]).when(qualify('b4')).thenThrows('STATE', 'Published');
    const evaluatedWithout = [...opening, qualified('b1', 's1'), excluded('b2', 's2'), excluded(), evaluated([{ bidId: 'b1', score: 1 }])];
    spec.given(evaluatedWithout).when(qualify('b9')).thenThrows('STATE', 'Evaluating');
    spec.given([...opening, cancelled()]).when(qualify('b1')).thenThrows('P10');
  });
});
