import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import {
  deviationRecorded, imposePenalty, penaltyImposed, penaltyWaived, rectificationRequested, running, terminated, waivePenalty,
} from './follow-up.fixtures';

const spec = DeciderSpec.for(contractDecider);
const requested = () => [...running(), deviationRecorded(), rectificationRequested()];

describe('ImposePenalty', () => {
  it('imposes a sanction the criterion names, after a rectification request', () => {
    const state = spec.given(requested()).when(imposePenalty()).then([penaltyImposed()]);
    expect(state.status !== 'Absent' && state.followUp?.penalties[0]).toMatchObject({ penaltyId: 'pen-1', criterionId: 'crit-work-training' });
  });

  it('stays quiet on the same penalty; refuses other terms under its id naming STATE', () => {
    spec.given([...requested(), penaltyImposed()]).when(imposePenalty()).thenNothing();
    spec.given([...requested(), penaltyImposed()]).when(imposePenalty({ amount: { amount: 1, currency: 'SEK' } })).thenThrows('STATE', 'other terms');
  });

  it('C2: refuses a penalty without a prior rectification request for the deviation', () => {
    spec.given([...running(), deviationRecorded()]).when(imposePenalty()).thenThrows('C2', "No rectification was requested for deviation 'dev-1'");
    // A request for another deviation does not count.
    const other = [...running(), deviationRecorded(), deviationRecorded({ deviationId: 'dev-2' }), rectificationRequested('2026-11-15', 'dev-2')];
    spec.given(other).when(imposePenalty()).thenThrows('C2');
  });

  it('C1: refuses a sanction the criterion does not name, checked before C2', () => {
    spec.given(requested()).when(imposePenalty({ sanction: 'hävning' })).thenThrows('C1', "'hävning' is not a sanction of criterion 'crit-work-training'");
    spec.given([...running(), deviationRecorded()]).when(imposePenalty({ sanction: 'hävning' })).thenThrows('C1');
    // The award criterion names no sanctions at all.
    const onAward = [...running(), deviationRecorded({ criterionId: 'crit-award' }), rectificationRequested()];
    spec.given(onAward).when(imposePenalty()).thenThrows('C1', 'it names: none');
  });

  it('refuses an unknown deviation or a bad amount naming STATE', () => {
    spec.given(running()).when(imposePenalty()).thenThrows('STATE', "no deviation 'dev-1'");
    spec.given(requested()).when(imposePenalty({ amount: { amount: 0, currency: 'SEK' } })).thenThrows('STATE', 'amount');
    spec.given(requested()).when(imposePenalty({ amount: { amount: 10, currency: 'kr' } })).thenThrows('STATE', 'currency');
  });

  it('C3: refuses a penalty after the termination', () => {
    spec.given([...requested(), terminated()]).when(imposePenalty()).thenThrows('C3');
  });
});

describe('WaivePenalty', () => {
  const imposed = () => [...requested(), penaltyImposed()];

  it('waives the penalty with its justification', () => {
    const state = spec.given(imposed()).when(waivePenalty()).then([penaltyWaived()]);
    expect(state.status !== 'Absent' && state.followUp?.penalties[0]?.waiver?.justification).toContain('oproportionerligt');
  });

  it('stays quiet on the same justification; refuses a second waiver naming STATE', () => {
    spec.given([...imposed(), penaltyWaived()]).when(waivePenalty()).thenNothing();
    spec.given([...imposed(), penaltyWaived()]).when(waivePenalty('Annat skäl')).thenThrows('STATE', 'already waived');
  });

  it('refuses an unknown penalty or an empty justification naming STATE', () => {
    spec.given(requested()).when(waivePenalty()).thenThrows('STATE', "no penalty 'pen-1'");
    spec.given(imposed()).when(waivePenalty('  ')).thenThrows('STATE', 'justification');
  });

  it('C3: refuses a waiver after the termination', () => {
    spec.given([...imposed(), terminated()]).when(waivePenalty()).thenThrows('C3');
  });
});
