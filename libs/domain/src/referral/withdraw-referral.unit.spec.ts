import { DeciderSpec } from '@kravspar/testing';
import type { WithdrawalReason } from './messages';
import { accepted, created, proposed, welfare, withdraw, withdrawn } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('WithdrawReferral', () => {
  it('withdraws a referral in any open stage', () => {
    const state = spec.given([created()]).when(withdraw()).then([withdrawn()]);
    expect(state).toMatchObject({ status: 'Withdrawn', withdrawalReason: 'candidateDeclined' });
    spec.given([created(), proposed(), accepted()]).when(withdraw('matchedElsewhere')).then([withdrawn('matchedElsewhere')]);
  });

  it('stays quiet on a repeat; refuses another reason afterwards naming STATE', () => {
    spec.given([created(), withdrawn()]).when(withdraw()).thenNothing();
    spec.given([created(), withdrawn()]).when(withdraw('other')).thenThrows('STATE', 'Withdrawn referral');
  });

  it('S5: refuses a reason outside the closed list', () => {
    spec.given([created()]).when(withdraw('moved abroad' as WithdrawalReason)).thenThrows('S5', 'not a withdrawal reason');
  });

  it('R1: refuses any role but the labour-market unit; STATE for a referral never created', () => {
    spec.given([created()]).when(withdraw('other', welfare)).thenThrows('R1');
    spec.given([]).when(withdraw()).thenThrows('STATE', 'has not been created');
  });
});
