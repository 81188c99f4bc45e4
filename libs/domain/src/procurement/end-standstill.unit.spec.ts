import { DeciderSpec } from '@kravspar/testing';
import { awarded, notified, standstill } from './award.fixtures';
import { cancelled, initiated } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { endStandstill, orderIssued, reviewDecided, reviewFiled, signed, standstillEnded } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const DAY_AFTER = '2025-06-24T00:05:00+02:00';

describe('EndStandstill (the standstill timer)', () => {
  it('ends the standstill on the day after the last day', () => {
    const state = spec.given(standstill).when(endStandstill(DAY_AFTER)).then([standstillEnded('2025-06-23', DAY_AFTER)]);
    expect(state).toMatchObject({ status: 'ReadyToContract', standstillEndedAt: DAY_AFTER });
  });

  it('P7: refuses on the last day itself (Stockholm time)', () => {
    spec.given(standstill).when(endStandstill('2025-06-23T21:59:00Z')).thenThrows('P7', 'runs to 2025-06-23');
  });

  it('P8: refuses while a review filed during the standstill is undecided, even after the last day', () => {
    spec.given([...standstill, reviewFiled()]).when(endStandstill(DAY_AFTER)).thenThrows('P8', 'FR-1');
  });

  it('P8: refuses while an interim order is in force, even in a review filed after the standstill', () => {
    const late = reviewFiled({ filedAt: '2025-06-24T00:01:00+02:00', duringStandstill: false });
    spec.given([...standstill, late, orderIssued('2025-06-24T00:02:00+02:00')]).when(endStandstill(DAY_AFTER)).thenThrows('P8', 'interim order');
  });

  it('P8: after a rejection, ends 10 days after the decision, not before', () => {
    const decided = [...standstill, reviewFiled(), reviewDecided({ decidedAt: '2025-06-19T14:00:00+02:00', standstillLastDay: '2025-06-30' })];
    spec.given(decided).when(endStandstill(DAY_AFTER)).thenThrows('P7', '2025-06-30');
    spec.given(decided).when(endStandstill('2025-07-01T00:05:00+02:00')).then([standstillEnded('2025-06-30', '2025-07-01T00:05:00+02:00')]);
  });

  it('stays quiet when the standstill was already ended, or the contract already signed', () => {
    spec.given([...standstill, standstillEnded('2025-06-23', DAY_AFTER)]).when(endStandstill('2025-06-25T00:05:00+02:00')).thenNothing();
    spec.given([...standstill, signed()]).when(endStandstill(DAY_AFTER)).thenNothing();
  });

  it('refuses where no standstill runs naming STATE: before the notification, or for a direct award', () => {
    spec.given(awarded).when(endStandstill(DAY_AFTER)).thenThrows('STATE', 'AwardDecided');
    const direct = [initiated({ regime: 'direct' }), ...awarded.slice(1), notified({ standstillLastDay: null }, ['P7', 'T1', 'P9'])];
    spec.given(direct).when(endStandstill(DAY_AFTER)).thenThrows('STATE', 'ReadyToContract');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...standstill, cancelled()]).when(endStandstill(DAY_AFTER)).thenThrows('P10');
  });
});
