import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import {
  activeWithSlots,
  completed,
  established,
  interrupted,
  match,
  matched,
  placementStarted,
  slotOffered,
  slotWithdrawn,
} from './commitment.fixtures';
import { slotCounts } from './counts';

const spec = DeciderSpec.for(commitmentDecider);
const threeMatched = [...activeWithSlots(4), matched('slot-1', 'ref-1'), matched('slot-2', 'ref-2'), matched('slot-3', 'ref-3')];

describe('MatchSlot', () => {
  it('matches a referral to an offered slot', () => {
    const state = spec.given(activeWithSlots(1)).when(match()).then([matched()]);
    expect(slotCounts(state)).toMatchObject({ committed: 3, offered: 0, matched: 1 });
  });

  it('stays quiet on the same match, also after the placement started', () => {
    spec.given([...activeWithSlots(1), matched()]).when(match()).thenNothing();
    spec.given([...activeWithSlots(1), matched(), placementStarted()]).when(match()).thenNothing();
  });

  it('S1: refuses a 4th offered slot once 3 of 3 are matched', () => {
    spec.given(threeMatched).when(match('slot-4', 'ref-4')).thenThrows('S1', '3 of 3');
  });

  it('S1: a completed placement keeps its unit, an interrupted one gives it back', () => {
    const oneDone = [...threeMatched, placementStarted('slot-1'), completed('slot-1')];
    spec.given(oneDone).when(match('slot-4', 'ref-4')).thenThrows('S1');
    const oneInterrupted = [...threeMatched, placementStarted('slot-1'), ...interrupted('slot-1')];
    spec.given(oneInterrupted).when(match('slot-4', 'ref-4')).then([matched('slot-4', 'ref-4')]);
  });

  it('S1: refuses while the commitment is not active, and a match before the contract start', () => {
    spec.given([established(), slotOffered()]).when(match()).thenThrows('S1', 'not active');
    spec.given(activeWithSlots(1)).when(match('slot-1', 'ref-1', '2026-05-31T23:00:00+02:00')).thenThrows('S1', 'before the contract started');
  });

  it('S2: refuses a second match of a matched slot, with another referral or another time', () => {
    spec.given([...activeWithSlots(2), matched()]).when(match('slot-1', 'ref-2')).thenThrows('S2', "slot 'slot-1' is Matched");
    spec.given([...activeWithSlots(2), matched()]).when(match('slot-1', 'ref-1', '2026-06-11T09:00:00+02:00')).thenThrows('S2');
  });

  it('S2: refuses a withdrawn slot, and a referral already in another live slot', () => {
    spec.given([...activeWithSlots(1), slotWithdrawn()]).when(match()).thenThrows('S2', 'Withdrawn');
    spec.given([...activeWithSlots(2), matched('slot-1', 'ref-1')]).when(match('slot-2', 'ref-1')).thenThrows('S2', "already in slot 'slot-1'");
  });

  it('S2: lets a referral be matched again once its placement was interrupted', () => {
    const history = [...activeWithSlots(2), matched('slot-1', 'ref-1'), placementStarted('slot-1'), ...interrupted('slot-1')];
    spec.given(history).when(match('slot-2', 'ref-1')).then([matched('slot-2', 'ref-1')]);
  });

  it('R3: refuses a referral whose candidate was erased; a match made before the erasure stays a quiet repeat', () => {
    spec.given(activeWithSlots(1)).when(match('slot-1', 'ref-1', undefined, undefined, true)).thenThrows('R3', "referral 'ref-1' was erased");
    spec.given([...activeWithSlots(1), matched()]).when(match('slot-1', 'ref-1', undefined, undefined, true)).thenNothing();
  });

  it('refuses an unknown slot naming STATE, and T1 a match in the future', () => {
    spec.given(activeWithSlots(1)).when(match('slot-9')).thenThrows('STATE', "no slot 'slot-9'");
    spec.given(activeWithSlots(1)).when(match('slot-1', 'ref-1', '2026-06-15T10:06:00+02:00')).thenThrows('T1');
  });
});
