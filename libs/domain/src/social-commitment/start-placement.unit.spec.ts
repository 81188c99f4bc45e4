import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { activeWithSlots, completed, matched, placementStarted, startPlacement } from './commitment.fixtures';

const spec = DeciderSpec.for(commitmentDecider);
const matchedSlot = [...activeWithSlots(1), matched()];

describe('StartPlacement', () => {
  it('starts the placement of a matched slot, carrying its referral', () => {
    const state = spec.given(matchedSlot).when(startPlacement()).then([placementStarted()]);
    expect(state.status !== 'Absent' && state.slots['slot-1']).toMatchObject({ status: 'Started', referralId: 'ref-1', startDate: '2026-06-12' });
  });

  it('S3: allows the day of the match, refuses a day before it and a slot that is not matched', () => {
    spec.given(matchedSlot).when(startPlacement('slot-1', '2026-06-10')).then([placementStarted('slot-1', 'ref-1', '2026-06-10')]);
    spec.given(matchedSlot).when(startPlacement('slot-1', '2026-06-09')).thenThrows('S3', 'before the match on 2026-06-10');
    spec.given(activeWithSlots(1)).when(startPlacement()).thenThrows('S3', "slot 'slot-1' is Offered");
  });

  it('stays quiet on the same start date, also once completed; refuses another naming STATE', () => {
    spec.given([...matchedSlot, placementStarted()]).when(startPlacement()).thenNothing();
    spec.given([...matchedSlot, placementStarted(), completed()]).when(startPlacement()).thenNothing();
    spec.given([...matchedSlot, placementStarted()]).when(startPlacement('slot-1', '2026-06-13')).thenThrows('STATE', 'Started');
  });

  it('T1: refuses a start date after today', () => {
    spec.given(matchedSlot).when(startPlacement('slot-1', '2026-06-16')).thenThrows('T1');
  });
});
