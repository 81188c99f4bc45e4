import { DeciderSpec } from '@kravspar/testing';
import { accepted, created, declined, propose, proposed, welfare, withdrawn } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('ProposeReferral', () => {
  it('proposes the referral to the supplier of an offered slot', () => {
    const state = spec.given([created()]).when(propose()).then([proposed()]);
    expect(state).toMatchObject({ status: 'Proposed', proposal: { commitmentId: 'com-1', slotId: 'slot-1', supplierId: 's1' } });
  });

  it('R2: refuses a slot that is not offered', () => {
    spec.given([created()]).when(propose({}, false)).thenThrows('R2', "Slot 'slot-1' of commitment com-1 is not offered");
  });

  it('stays quiet on the same proposal, also once accepted; proposes anew after a decline or to another slot', () => {
    spec.given([created(), proposed()]).when(propose()).thenNothing();
    spec.given([created(), proposed(), accepted()]).when(propose({}, false)).thenNothing();
    spec.given([created(), proposed(), declined()]).when(propose()).then([proposed()]);
    spec.given([created(), proposed()]).when(propose({ slotId: 'slot-2' })).then([proposed({ slotId: 'slot-2' })]);
  });

  it('refuses a withdrawn or unknown referral naming STATE', () => {
    spec.given([created(), withdrawn()]).when(propose()).thenThrows('STATE', 'Withdrawn referral');
    spec.given([]).when(propose()).thenThrows('STATE', 'has not been created');
  });

  it('R1: refuses any role but the labour-market unit', () => {
    spec.given([created()]).when(propose({}, true, welfare)).thenThrows('R1');
  });
});
