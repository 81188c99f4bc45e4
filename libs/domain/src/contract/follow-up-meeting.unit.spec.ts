import { DeciderSpec } from '@kravspar/testing';
import { contractDecider } from './contract.decider';
import { registered } from './contract.fixtures';
import { holdMeeting, meetingHeld, running, terminated } from './follow-up.fixtures';

const spec = DeciderSpec.for(contractDecider);

describe('HoldFollowUpMeeting', () => {
  it('records the meeting, occurring when it was held', () => {
    const state = spec.given(running()).when(holdMeeting()).then([meetingHeld()]);
    expect(state.status !== 'Absent' && state.followUp?.meetings).toHaveLength(1);
    spec.given([registered()]).when(holdMeeting()).then([meetingHeld()]);
  });

  it('stays quiet on the same meeting, the participants in another order or named twice', () => {
    spec.given([...running(), meetingHeld()]).when(holdMeeting({ participants: ['supplier', 'labour-market', 'buyer', 'buyer'] })).thenNothing();
  });

  it('refuses a meeting without participants, or with a role that is none, naming STATE', () => {
    spec.given(running()).when(holdMeeting({ participants: [] })).thenThrows('STATE', 'participants');
    spec.given(running()).when(holdMeeting({ participants: ['mayor' as never] })).thenThrows('STATE', 'participants');
  });

  it('T1: refuses a meeting in the future; STATE: one before the signing', () => {
    spec.given(running()).when(holdMeeting({ heldAt: '2026-10-16T10:00:00+02:00' })).thenThrows('T1', 'future');
    spec.given(running()).when(holdMeeting({ heldAt: '2026-05-01T10:00:00+02:00' })).thenThrows('STATE', 'before the signing');
  });

  it('C3: refuses a meeting after the termination', () => {
    spec.given([...running(), terminated()]).when(holdMeeting()).thenThrows('C3', 'Terminated');
  });
});
