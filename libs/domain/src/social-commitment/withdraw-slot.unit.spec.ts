import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { activeWithSlots, matched, slotWithdrawn, withdrawSlot } from './commitment.fixtures';

const spec = DeciderSpec.for(commitmentDecider);

describe('WithdrawSlot', () => {
  it('withdraws an offered slot', () => {
    const state = spec.given(activeWithSlots(1)).when(withdrawSlot()).then([slotWithdrawn()]);
    expect(state.status !== 'Absent' && state.slots['slot-1']?.status).toBe('Withdrawn');
  });

  it('stays quiet when already withdrawn', () => {
    spec.given([...activeWithSlots(1), slotWithdrawn()]).when(withdrawSlot()).thenNothing();
  });

  it('S8: refuses another supplier', () => {
    spec.given(activeWithSlots(1)).when(withdrawSlot('slot-1', 's2')).thenThrows('S8');
  });

  it('refuses a matched slot or an unknown one naming STATE', () => {
    spec.given([...activeWithSlots(1), matched()]).when(withdrawSlot()).thenThrows('STATE', "slot 'slot-1' is Matched");
    spec.given(activeWithSlots(1)).when(withdrawSlot('slot-9')).thenThrows('STATE', "no slot 'slot-9'");
  });
});
