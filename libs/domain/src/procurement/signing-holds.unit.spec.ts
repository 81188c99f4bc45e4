import { DeciderSpec } from '@kravspar/testing';
import { standstill } from './award.fixtures';
import { procurementDecider } from './procurement.decider';
import { orderIssued, orderLifted, reviewDecided, reviewFiled, sign, signed } from './review.fixtures';
import { isStandstillHolding } from './standstill';

const spec = DeciderSpec.for(procurementDecider);

// Notified 10 June 2025 (last day 23 June); a review filed on 16 June with an interim order on 17 June.
const filed = [...standstill, reviewFiled(), orderIssued('2025-06-17T10:00:00+02:00')];
const lifted = [...filed, orderLifted('2025-06-26T10:00:00+02:00')];
const decided = [...lifted, reviewDecided({ decidedAt: '2025-06-27T10:00:00+02:00', standstillLastDay: '2025-07-07' })];

describe('P8/P9: a review filed during the standstill with an interim order', () => {
  it('blocks signing after the original last day, naming the review and the order', () => {
    spec.given(filed).when(sign()).thenThrows('P9', /FR-1.*undecided.*interim order/);
  });

  it('still blocks once the order is lifted, while the review is undecided', () => {
    spec.given(lifted).when(sign({ signedAt: '2025-06-26T11:00:00+02:00' })).thenThrows('P9', 'undecided');
  });

  it('still blocks when decided but the order is not lifted', () => {
    const decidedNotLifted = [...filed, reviewDecided({ decidedAt: '2025-06-27T10:00:00+02:00', standstillLastDay: '2025-07-07' })];
    spec.given(decidedNotLifted).when(sign({ signedAt: '2025-07-08T10:00:00+02:00' })).thenThrows('P9', 'interim order');
  });

  it('once lifted and decided, blocks until 10 days after the decision and allows the day after', () => {
    spec.given(decided).when(sign({ signedAt: '2025-07-07T16:00:00+02:00' })).thenThrows('P9', 'runs to 2025-07-07');
    spec.given(decided).when(sign({ signedAt: '2025-07-08T09:00:00+02:00' })).then([signed({ signedAt: '2025-07-08T09:00:00+02:00' })]);
  });

  it('shows on the standstill board until then', () => {
    const state = spec.given(decided).when(sign()).state;
    expect(isStandstillHolding(state, '2025-07-07')).toBe(true);
    expect(isStandstillHolding(state, '2025-07-08')).toBe(false);
    expect(isStandstillHolding(spec.given(filed).when(sign()).state, '2025-12-31')).toBe(true);
  });
});
