import { DeciderSpec } from '@kravspar/testing';
import type { PlacementOutcome } from './messages';
import { commitmentDecider } from './commitment.decider';
import { activeWithSlots, complete, completed, matched, placementStarted } from './commitment.fixtures';
import { slotCounts } from './counts';

const spec = DeciderSpec.for(commitmentDecider);
const running = [...activeWithSlots(1), matched(), placementStarted()];

describe('CompletePlacement', () => {
  it('completes a started placement with its outcome and months served', () => {
    const state = spec.given(running).when(complete()).then([completed()]);
    expect(slotCounts(state)).toMatchObject({ started: 0, completed: 1 });
  });

  it('allows completion on the start day; stays quiet on a repeat; refuses another completion naming STATE', () => {
    spec.given(running).when(complete('slot-1', { date: '2026-06-12', monthsServed: 0 })).then([completed('slot-1', 'ref-1', { date: '2026-06-12', monthsServed: 0 })]);
    spec.given([...running, completed()]).when(complete()).thenNothing();
    spec.given([...running, completed()]).when(complete('slot-1', { outcomeCode: 'education' })).thenThrows('STATE', 'Completed');
  });

  it('S4: refuses completion before the start, as a slot only matched or as a date', () => {
    spec.given([...activeWithSlots(1), matched()]).when(complete()).thenThrows('S4', 'only after it started');
    spec.given(running).when(complete('slot-1', { date: '2026-06-11' })).thenThrows('S4', 'before the start on 2026-06-12');
  });

  it('S5: refuses an unknown outcome and months served that are not a number ≥ 0', () => {
    spec.given(running).when(complete('slot-1', { outcomeCode: 'happy' as PlacementOutcome })).thenThrows('S5', 'not a placement outcome');
    spec.given(running).when(complete('slot-1', { monthsServed: -1 })).thenThrows('S5', 'monthsServed');
    spec.given(running).when(complete('slot-1', { monthsServed: '3' as unknown as number })).thenThrows('S5');
  });

  it('T1: refuses a completion date after today', () => {
    spec.given(running).when(complete('slot-1', { date: '2026-06-16' })).thenThrows('T1');
  });
});
