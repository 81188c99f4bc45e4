import { DeciderSpec } from '@kravspar/testing';
import type { InterruptionReason } from './messages';
import { commitmentDecider } from './commitment.decider';
import { activeWithSlots, completed, interrupt, interrupted, matched, placementStarted } from './commitment.fixtures';
import { slotCounts } from './counts';

const spec = DeciderSpec.for(commitmentDecider);
const running = [...activeWithSlots(1), matched(), placementStarted()];

describe('InterruptPlacement', () => {
  it('interrupts a started placement and offers the slot again, without its referral', () => {
    const state = spec.given(running).when(interrupt()).then(interrupted());
    const slot = state.status !== 'Absent' ? state.slots['slot-1'] : undefined;
    expect(slot).toEqual(expect.objectContaining({ status: 'Offered', interruptions: [{ referralId: 'ref-1', date: '2026-06-14', reasonCode: 'participantIll' }] }));
    expect(slot).not.toHaveProperty('referralId');
    expect(slotCounts(state)).toMatchObject({ offered: 1, started: 0, interrupted: 1 });
  });

  it('stays quiet on a repeat; a new placement in the slot can be interrupted again', () => {
    spec.given([...running, ...interrupted()]).when(interrupt()).thenNothing();
    const again = [...running, ...interrupted(), matched('slot-1', 'ref-2', '2026-06-14T12:00:00+02:00'), placementStarted('slot-1', 'ref-2', '2026-06-14')];
    spec.given(again).when(interrupt()).then(interrupted('slot-1', 'ref-2'));
  });

  it('S4: refuses a placement that has not started, and a date before the start', () => {
    spec.given([...activeWithSlots(1), matched()]).when(interrupt()).thenThrows('S4', "slot 'slot-1' is Matched");
    spec.given(running).when(interrupt('slot-1', '2026-06-11')).thenThrows('S4', 'before the start on 2026-06-12');
  });

  it('S5: refuses a reason outside the closed list', () => {
    spec.given(running).when(interrupt('slot-1', '2026-06-14', 'fell out with the boss' as InterruptionReason)).thenThrows('S5', 'not an interruption reason');
  });

  it('refuses a completed placement naming STATE, and a date in the future naming T1', () => {
    spec.given([...running, completed()]).when(interrupt()).thenThrows('STATE', 'Completed');
    spec.given(running).when(interrupt('slot-1', '2026-06-16')).thenThrows('T1');
  });
});
