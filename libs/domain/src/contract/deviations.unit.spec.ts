import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import {
  completed, deviationRecorded, deviationRectified, rectificationRequested, recordDeviation, recordRectification, requestRectification,
  running,
} from './follow-up.fixtures';

const spec = DeciderSpec.for(contractDecider);

describe('RecordDeviation', () => {
  it('records a deviation from a criterion of the contract', () => {
    const state = spec.given(running()).when(recordDeviation()).then([deviationRecorded()]);
    expect(state.status !== 'Absent' && state.followUp?.deviations[0]).toMatchObject({ deviationId: 'dev-1', rectificationDeadlines: [] });
  });

  it('stays quiet on the same deviation; refuses other facts under its id naming STATE', () => {
    spec.given([...running(), deviationRecorded()]).when(recordDeviation()).thenNothing();
    spec.given([...running(), deviationRecorded()]).when(recordDeviation({ severity: 'minor' })).thenThrows('STATE', 'other facts');
  });

  it('refuses an unknown criterion, severity or an empty description naming STATE', () => {
    spec.given(running()).when(recordDeviation({ criterionId: 'crit-x' })).thenThrows('STATE', "no social criterion 'crit-x'");
    spec.given(running()).when(recordDeviation({ severity: 'grave' as never })).thenThrows('STATE', 'severity');
    spec.given(running()).when(recordDeviation({ description: ' ' })).thenThrows('STATE', 'description');
  });

  it('T1: refuses an observation in the future', () => {
    spec.given(running()).when(recordDeviation({ observedAt: '2026-10-16T10:00:00+02:00' })).thenThrows('T1');
  });

  it('C3: refuses a deviation on a completed contract', () => {
    spec.given([...running(), completed()]).when(recordDeviation()).thenThrows('C3', 'Completed');
  });
});

describe('RequestRectification', () => {
  const recorded = () => [...running(), deviationRecorded()];

  it('asks for a rectification by a deadline; a later request extends it', () => {
    spec.given(recorded()).when(requestRectification()).then([rectificationRequested()]);
    const state = spec.given([...recorded(), rectificationRequested()]).when(requestRectification('2026-11-30')).then([rectificationRequested('2026-11-30')]);
    expect(state.status !== 'Absent' && state.followUp?.deviations[0]?.rectificationDeadlines).toEqual(['2026-11-15', '2026-11-30']);
  });

  it('stays quiet on the same deadline again', () => {
    spec.given([...recorded(), rectificationRequested()]).when(requestRectification()).thenNothing();
  });

  it('refuses an unknown or rectified deviation, or a past deadline, naming STATE', () => {
    spec.given(running()).when(requestRectification()).thenThrows('STATE', "no deviation 'dev-1'");
    spec.given([...recorded(), deviationRectified()]).when(requestRectification()).thenThrows('STATE', 'rectified');
    spec.given(recorded()).when(requestRectification('2026-10-14')).thenThrows('STATE', 'from today (2026-10-15)');
  });

  it('C3: refuses a request after the completion', () => {
    spec.given([...recorded(), completed()]).when(requestRectification()).thenThrows('C3');
  });
});

describe('RecordRectification', () => {
  const recorded = () => [...running(), deviationRecorded(), rectificationRequested()];

  it('records the deviation as rectified, occurring when its day began', () => {
    const state = spec.given(recorded()).when(recordRectification()).then([deviationRectified()]);
    expect(state.status !== 'Absent' && state.followUp?.deviations[0]?.rectifiedOn).toBe('2026-10-14');
  });

  it('stays quiet on the same date; refuses another naming STATE', () => {
    spec.given([...recorded(), deviationRectified()]).when(recordRectification()).thenNothing();
    spec.given([...recorded(), deviationRectified()]).when(recordRectification('2026-10-15')).thenThrows('STATE', 'already rectified');
  });

  it('refuses an unknown deviation or a date before the observation naming STATE; a future date naming T1', () => {
    spec.given(running()).when(recordRectification()).thenThrows('STATE', "no deviation 'dev-1'");
    spec.given(recorded()).when(recordRectification('2026-09-30')).thenThrows('STATE', 'before the deviation was observed');
    spec.given(recorded()).when(recordRectification('2026-10-16')).thenThrows('T1', 'after today');
  });

  it('C3: refuses after the completion', () => {
    spec.given([...recorded(), completed()]).when(recordRectification()).thenThrows('C3');
  });
});
