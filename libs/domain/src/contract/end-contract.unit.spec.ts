import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import { registered, start } from './contract.fixtures';
import {
  complete, completed, deviationRecorded, holdMeeting, imposePenalty, penaltyImposed, rectificationRequested, recordDeviation, recordRectification,
  requestRectification, running, terminate, terminated, waivePenalty,
} from './follow-up.fixtures';

const spec = DeciderSpec.for(contractDecider);

describe('TerminateContract', () => {
  it('terminates a running or only registered contract, with its reason', () => {
    const state = spec.given(running()).when(terminate()).then([terminated()]);
    expect(state).toMatchObject({ status: 'Terminated', startDate: '2026-06-01', followUp: { ended: { date: '2026-10-15', reason: 'Väsentligt avtalsbrott' } } });
    expect(contractDecider.isTerminal(state)).toBe(true);
    spec.given([registered()]).when(terminate('2026-05-04')).then([terminated('2026-05-04')].map((e) => ({ ...e, metadata: { ...e.metadata, occurredAt: '2026-05-03T22:00:00.000Z' } })));
  });

  it('stays quiet on the same termination; refuses another end naming C3', () => {
    spec.given([...running(), terminated()]).when(terminate()).thenNothing();
    spec.given([...running(), terminated()]).when(terminate('2026-10-14')).thenThrows('C3', 'Terminated');
    spec.given([...running(), terminated()]).when(complete()).thenThrows('C3');
  });

  it('refuses a missing reason or a date before the start naming STATE; a future date naming T1', () => {
    spec.given(running()).when(terminate('2026-10-15', '')).thenThrows('STATE', 'reason');
    spec.given(running()).when(terminate('2026-05-31')).thenThrows('STATE', "before the contract's start on 2026-06-01");
    spec.given(running()).when(terminate('2026-10-16')).thenThrows('T1');
    spec.given([]).when(terminate()).thenThrows('STATE', 'has not been registered');
  });
});

describe('CompleteContract', () => {
  it('completes the contract', () => {
    const state = spec.given(running()).when(complete()).then([completed()]);
    expect(state).toMatchObject({ status: 'Completed', followUp: { ended: { date: '2026-10-15' } } });
  });

  it('stays quiet on the same date; refuses another naming C3', () => {
    spec.given([...running(), completed()]).when(complete()).thenNothing();
    spec.given([...running(), completed()]).when(complete('2026-10-01')).thenThrows('C3', 'Completed');
  });

  it('refuses a date before the signing naming STATE, and one in the future naming T1', () => {
    spec.given([registered()]).when(complete('2026-05-01')).thenThrows('STATE', "before the contract's signing on 2026-05-04");
    spec.given(running()).when(complete('2026-10-16')).thenThrows('T1');
  });
});

describe('C3 after the end', () => {
  const followUps = [holdMeeting(), recordDeviation({ deviationId: 'dev-9' }), requestRectification('2026-11-30'), recordRectification(), imposePenalty({ penaltyId: 'pen-9' }), waivePenalty(), start()];
  const before = () => [...running(), deviationRecorded(), rectificationRequested(), penaltyImposed()];

  it.each([['terminated', terminated()], ['completed', completed()]])('refuses every follow-up on a %s contract', (_, end) => {
    for (const command of followUps) spec.given([...before(), end]).when(command).thenThrows('C3');
  });

  it('still answers a repeat of what was recorded before the end quietly', () => {
    spec.given([...before(), terminated()]).when(recordDeviation()).thenNothing();
    spec.given([...before(), terminated()]).when(imposePenalty()).thenNothing();
  });
});
