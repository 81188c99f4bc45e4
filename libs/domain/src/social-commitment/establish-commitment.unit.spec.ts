import { DeciderSpec } from '@kravspar/testing';
import { awardCriterion } from '../procurement/procurement.fixtures';
import { commitmentDecider } from './commitment.decider';
import { activated, establish, established } from './commitment.fixtures';

const spec = DeciderSpec.for(commitmentDecider);

describe('EstablishCommitment', () => {
  it('opens the commitment with its terms and no slots', () => {
    const state = spec.given([]).when(establish()).then([established()]);
    expect(state).toMatchObject({ status: 'Established', commitmentId: 'com-1', supplierId: 's1', slots: {} });
  });

  it('stays quiet on the same terms, also once active', () => {
    spec.given([established()]).when(establish()).thenNothing();
    spec.given([established(), activated()]).when(establish()).thenNothing();
  });

  it('refuses other terms under the same id naming STATE', () => {
    spec.given([established()]).when(establish({ criterion: awardCriterion })).thenThrows('STATE', 'Established commitment');
    spec.given([established()]).when(establish({ supplierId: 's2' })).thenThrows('STATE');
  });

  it('is never terminal yet', () => {
    expect(commitmentDecider.isTerminal(spec.given([established(), activated()]).when(establish()).state)).toBe(false);
  });
});
