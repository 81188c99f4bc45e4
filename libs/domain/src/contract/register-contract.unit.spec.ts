import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import { register, registered, registration, started } from './contract.fixtures';
import type { ContractState } from './state';

const spec = DeciderSpec.for(contractDecider);

describe('RegisterContract', () => {
  it('opens a new stream with the registration, occurring when the workflow records it', () => {
    const state = spec.given([]).when(register()).then([registered()]);
    expect(state).toMatchObject({ status: 'Registered', contractId: 'contract-1', supplierId: 's1', buyerUnitId: 'unit-waste' });
  });

  it('keeps only the known fields of the criteria in the event', () => {
    const noisy = { ...registration.criteria[0]!, extra: 'dropped' } as unknown as (typeof registration.criteria)[number];
    const [event] = contractDecider.decide(register({ criteria: [noisy] }), contractDecider.initialState);
    expect(event?.type === 'ContractRegistered' && event.data.criteria).toEqual([registration.criteria[0]]);
  });

  it('stays quiet on an identical repeat, the signing time written with another offset included', () => {
    spec.given([registered()]).when(register()).thenNothing();
    spec.given([registered(), started()]).when(register({ signedAt: '2026-05-04T12:00:00Z' })).thenNothing();
  });

  it('refuses another registration of the same stream naming STATE', () => {
    spec.given([registered()]).when(register({ supplierId: 's2' })).thenThrows('STATE', 'Registered contract');
    spec.given([registered()]).when(register({ criteria: [] })).thenThrows('STATE');
  });

  it('T1: refuses a signing time in the future', () => {
    spec.given([]).when(register({ signedAt: '2026-06-01T10:06:00+02:00' })).thenThrows('T1', 'future');
    spec.given([]).when(register({ signedAt: 'yesterday' })).thenThrows('T1', 'not an ISO 8601 instant');
  });

  it('C3: refuses other terms on a terminated or completed contract, and stays quiet for its own', () => {
    for (const status of ['Terminated', 'Completed'] as const) {
      const ended: ContractState = { ...registration, status };
      expect(contractDecider.decide(register(), ended)).toEqual([]);
      expect(() => contractDecider.decide(register({ bidId: 'b2' }), ended)).toThrow(
        expect.objectContaining({ rule: 'C3' }),
      );
      expect(contractDecider.isTerminal(ended)).toBe(true);
    }
  });

  it('is not terminal while registered or started', () => {
    expect(contractDecider.isTerminal(spec.given([registered()]).when(register()).state)).toBe(false);
    expect(contractDecider.isTerminal(spec.given([registered(), started()]).when(register()).state)).toBe(false);
  });
});
