import { DeciderSpec } from '@kravspar/testing';
import { accept, accepted, created, decline, declined, erase, erased, propose, proposed, welfare, withdraw, withdrawn } from './referral.fixtures';
import { referralDecider } from './referral.decider';

const spec = DeciderSpec.for(referralDecider);

describe('EraseCandidateData', () => {
  it('records CandidateDataErased with the opaque reference only, in any stage, a withdrawn referral too', () => {
    const state = spec.given([created()]).when(erase()).then([erased()]);
    expect(state).toMatchObject({ status: 'Created', candidateErased: true });
    expect(erased().data).toEqual({ candidateRef: 'cand-7f3a' });
    spec.given([created(), proposed(), accepted()]).when(erase()).then([erased()]);
    spec.given([created(), withdrawn()]).when(erase()).then([erased()]);
  });

  it('stays quiet on a repeat', () => {
    spec.given([created(), erased()]).when(erase()).thenNothing();
  });

  it('R1: refuses any role but the labour-market unit, even as a repeat', () => {
    spec.given([created()]).when(erase(undefined, welfare)).thenThrows('R1');
    spec.given([created(), erased()]).when(erase(undefined, welfare)).thenThrows('R1');
  });

  it('refuses another candidate, naming none, and a referral never created, naming STATE', () => {
    spec.given([created()]).when(erase('cand-other')).thenThrows('STATE', 'names another candidate than the one this referral was created for');
    spec.given([]).when(erase()).thenThrows('STATE', 'has not been created');
  });

  it('keeps the mark through every later stage, and lets the supplier still answer and the unit withdraw', () => {
    const answered = spec.given([created(), proposed(), erased()]).when(decline()).then([declined()]);
    expect(answered).toMatchObject({ status: 'Declined', candidateErased: true });
    expect(spec.given([created(), proposed(), erased()]).when(accept()).then([accepted()])).toMatchObject({ status: 'Accepted', candidateErased: true });
    expect(spec.given([created(), erased()]).when(withdraw()).then([withdrawn()])).toMatchObject({ status: 'Withdrawn', candidateErased: true });
    expect(referralDecider.isTerminal(spec.given([created(), erased()]).when(erase()).state)).toBe(false);
  });
});

describe('R3 on ProposeReferral', () => {
  it('refuses a proposal once CandidateDataErased is recorded, in every open stage', () => {
    spec.given([created(), erased()]).when(propose()).thenThrows('R3', 'was erased; nothing can be proposed');
    spec.given([created(), proposed(), erased()]).when(propose({ slotId: 'slot-2' })).thenThrows('R3');
    spec.given([created(), proposed(), erased(), proposed()]).when(propose({ slotId: 'slot-2' })).thenThrows('R3');
  });

  it('refuses when the vault already lost the key but the stream does not record it yet', () => {
    spec.given([created()]).when(propose({}, true, undefined, true)).thenThrows('R3');
  });

  it('stays quiet on the proposal made before the erasure: nothing new is proposed', () => {
    spec.given([created(), proposed(), erased()]).when(propose()).thenNothing();
  });
});
