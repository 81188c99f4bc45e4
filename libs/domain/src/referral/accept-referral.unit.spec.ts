import { DeciderSpec } from '@kravspar/testing';
import { accept, accepted, created, declined, proposed } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('AcceptReferral', () => {
  it('records the acceptance by the supplier of the proposed slot', () => {
    const state = spec.given([created(), proposed()]).when(accept()).then([accepted()]);
    expect(state.status).toBe('Accepted');
  });

  it('stays quiet on a repeat by the same supplier', () => {
    spec.given([created(), proposed(), accepted()]).when(accept()).thenNothing();
  });

  it('refuses another supplier naming STATE, before and after the answer', () => {
    spec.given([created(), proposed()]).when(accept('s2')).thenThrows('STATE', "not proposed to supplier 's2'");
    spec.given([created(), proposed(), accepted()]).when(accept('s2')).thenThrows('STATE');
  });

  it('refuses a referral that is not proposed, or already declined, naming STATE', () => {
    spec.given([created()]).when(accept()).thenThrows('STATE', 'Created referral');
    spec.given([created(), proposed(), declined()]).when(accept()).thenThrows('STATE', 'Declined referral');
  });
});
