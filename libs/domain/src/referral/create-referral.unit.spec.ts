import { DeciderSpec } from '@kravspar/testing';
import { create, created, welfare } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('CreateReferral', () => {
  it('creates a referral holding only the opaque candidate reference', () => {
    const state = spec.given([]).when(create()).then([created()]);
    expect(state).toEqual({ status: 'Created', referralId: 'ref-1', candidateRef: 'cand-7f3a', targetGroupCode: 'far-from-labour-market' });
  });

  it('stays quiet on a repeat; refuses other facts under the same id naming STATE', () => {
    spec.given([created()]).when(create()).thenNothing();
    spec.given([created()]).when(create({ candidateRef: 'cand-other' })).thenThrows('STATE', 'Created referral');
  });

  it('R1: refuses any role but the labour-market unit, even as a repeat', () => {
    spec.given([]).when(create({}, welfare)).thenThrows('R1', "role 'social-welfare'");
    spec.given([created()]).when(create({}, welfare)).thenThrows('R1');
  });

  it('is never terminal: erasure (R3) must still reach a closed referral', () => {
    expect(referralDecider.isTerminal(spec.given([created()]).when(create()).state)).toBe(false);
  });
});
