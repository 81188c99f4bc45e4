import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import { registered, registration, start, started } from './contract.fixtures';
import type { ContractState } from './state';

const spec = DeciderSpec.for(contractDecider);

describe('StartContract', () => {
  it('starts a registered contract; the act occurs when its day begins in Stockholm', () => {
    const state = spec.given([registered()]).when(start('2026-06-01')).then([started('2026-06-01', '2026-05-31T22:00:00.000Z')]);
    expect(state).toMatchObject({ status: 'Started', startDate: '2026-06-01' });
  });

  it('stays quiet on the same start date; refuses another one naming STATE', () => {
    spec.given([registered(), started()]).when(start('2026-06-01')).thenNothing();
    spec.given([registered(), started()]).when(start('2026-05-20')).thenThrows('STATE', 'Started contract');
  });

  it('refuses a contract that was never registered naming STATE', () => {
    spec.given([]).when(start()).thenThrows('STATE', 'has not been registered');
  });

  it('T1: refuses a date after today in Stockholm, whatever the UTC date', () => {
    spec.given([registered()]).when(start('2026-06-02', '2026-06-01T23:59:00+02:00')).thenThrows('T1', 'after today (2026-06-01');
    // 22:30 UTC on 1 June is already 2 June in Stockholm.
    spec.given([registered()]).when(start('2026-06-02', '2026-06-01T22:30:00Z')).then([started('2026-06-02', '2026-06-01T22:00:00.000Z')]);
    spec.given([registered()]).when(start('2026-02-30')).thenThrows('T1', 'not a calendar date');
  });

  it('refuses a start before the signing day naming STATE', () => {
    spec.given([registered()]).when(start('2026-05-03')).thenThrows('STATE', 'before the signing on 2026-05-04');
    spec.given([registered()]).when(start('2026-05-04')).then([started('2026-05-04', '2026-05-03T22:00:00.000Z')]);
  });

  it('C3: refuses to start a terminated or completed contract', () => {
    for (const status of ['Terminated', 'Completed'] as const) {
      const ended: ContractState = { ...registration, status };
      expect(() => contractDecider.decide(start(), ended)).toThrow(expect.objectContaining({ rule: 'C3', message: expect.stringContaining(status) }));
    }
  });
});
