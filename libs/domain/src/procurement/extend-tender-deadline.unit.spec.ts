import { DeciderSpec } from '@kravspar/testing';
import { cancelled, initiated, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { answered, asked, extend, extended, TENDER_DEADLINE, tenderPeriod } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const lateAnswer = answered({ answeredAt: '2025-05-08T10:00:00+02:00', extensionRequired: true });
const owing = [...tenderPeriod, asked(), lateAnswer];

describe('ExtendTenderDeadline', () => {
  it('moves the deadline later, taking effect when received', () => {
    const newDeadline = '2025-05-20T12:00:00+02:00';
    const state = spec.given(tenderPeriod).when(extend(newDeadline)).then([extended({ newDeadline })]);
    expect(state.status === 'Published' && state.tenderDeadline).toBe(newDeadline);
  });

  it('P3: settles an owed extension once the deadline is 6 days after the late answer', () => {
    const short = '2025-05-13T23:59:00+02:00';
    const stillOwing = spec.given(owing).when(extend(short)).then([extended({ newDeadline: short })]);
    expect(stillOwing.status === 'Published' && stillOwing.owedExtension).toBeDefined();
    const enough = '2025-05-14T00:00:00+02:00';
    const settled = spec.given(owing).when(extend(enough)).then([extended({ newDeadline: enough })]);
    expect(settled.status === 'Published' && settled.owedExtension).toBeUndefined();
  });

  it('P4: refuses once the current deadline has passed', () => {
    spec.given(owing).when(extend('2025-05-30T12:00:00+02:00', 'sent', plusMinutes(TENDER_DEADLINE, 1))).thenThrows('P4', 'has passed');
  });

  it('refuses a deadline that is not later naming STATE', () => {
    spec.given(tenderPeriod).when(extend(TENDER_DEADLINE)).thenThrows('STATE', 'not later');
    spec.given(tenderPeriod).when(extend('soon')).thenThrows('STATE', 'not an ISO 8601 instant');
  });

  it('stays quiet on a repeat, even after a further extension', () => {
    const first = extended({ newDeadline: '2025-05-20T12:00:00+02:00' });
    const second = extended({ previousDeadline: '2025-05-20T12:00:00+02:00', newDeadline: '2025-05-27T12:00:00+02:00' });
    spec.given([...tenderPeriod, first]).when(extend('2025-05-20T12:00:00+02:00')).thenNothing();
    spec.given([...tenderPeriod, first, second]).when(extend('2025-05-20T12:00:00+02:00')).thenNothing();
  });

  it('refuses before publication naming STATE and after cancellation naming P10', () => {
    spec.given([initiated()]).when(extend('2025-05-20T12:00:00+02:00')).thenThrows('STATE');
    spec.given([...tenderPeriod, cancelled()]).when(extend('2025-05-20T12:00:00+02:00')).thenThrows('P10');
  });
});
