import { DeciderSpec } from '@kravspar/testing';
import type { DeclineReason } from './messages';
import { accepted, created, decline, declined, proposed } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('DeclineReferral', () => {
  it('records the decline with its reason code', () => {
    const state = spec.given([created(), proposed()]).when(decline('mismatch')).then([declined('mismatch')]);
    expect(state).toMatchObject({ status: 'Declined', declineReason: 'mismatch' });
  });

  it('stays quiet on a repeat; refuses another reason afterwards naming STATE', () => {
    spec.given([created(), proposed(), declined()]).when(decline()).thenNothing();
    spec.given([created(), proposed(), declined()]).when(decline('other')).thenThrows('STATE', 'Declined referral');
  });

  it('S5: refuses a reason outside the closed list', () => {
    spec.given([created(), proposed()]).when(decline('too old' as DeclineReason)).thenThrows('S5', 'not a decline reason');
  });

  it('refuses another supplier, and an accepted referral, naming STATE', () => {
    spec.given([created(), proposed()]).when(decline('noCapacity', 's2')).thenThrows('STATE', "supplier 's2'");
    spec.given([created(), proposed(), accepted()]).when(decline()).thenThrows('STATE', 'Accepted referral');
  });
});
