import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { activate, activated, established } from './commitment.fixtures';

const spec = DeciderSpec.for(commitmentDecider);

describe('ActivateCommitment', () => {
  it('activates an established commitment with the contract start date', () => {
    const state = spec.given([established()]).when(activate()).then([activated()]);
    expect(state).toMatchObject({ status: 'Active', contractStartDate: '2026-06-01' });
  });

  it('stays quiet when already active; refuses another start date naming STATE', () => {
    spec.given([established(), activated()]).when(activate()).thenNothing();
    spec.given([established(), activated()]).when(activate('2026-06-02')).thenThrows('STATE', 'Active commitment');
  });

  it('refuses a commitment that was never established naming STATE', () => {
    spec.given([]).when(activate()).thenThrows('STATE', 'has not been established');
  });

  it('T1: refuses a start date after today in Stockholm', () => {
    spec.given([established()]).when(activate('2026-06-16')).thenThrows('T1', 'after today (2026-06-15');
  });
});
