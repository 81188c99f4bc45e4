import { DeciderSpec } from '@kravspar/testing';
import { commitmentDecider } from './commitment.decider';
import { established, interrupted, matched, placementStarted, slotOffered } from './commitment.fixtures';
import { active, firstPlacementOverdue, markFirstPlacementOverdue } from './follow-up.fixtures';
import { awardCriterion } from '../procurement/procurement.fixtures';

const spec = DeciderSpec.for(commitmentDecider);
const withSlot = () => [...active(), slotOffered(), matched()];

describe('MarkFirstPlacementOverdue (S6)', () => {
  it('records FirstPlacementOverdue when no placement started within 180 days of the contract start', () => {
    const state = spec.given(active()).when(markFirstPlacementOverdue()).then([firstPlacementOverdue()]);
    expect(state.status !== 'Absent' && state.followUp?.firstPlacementOverdue).toBe('2026-11-28');
    // A placement that started only after the due date does not undo the lateness.
    spec.given([...withSlot(), placementStarted('slot-1', 'ref-1', '2026-11-29')]).when(markFirstPlacementOverdue('2026-11-30T09:00:00+01:00')).then([firstPlacementOverdue()]);
  });

  it('stays quiet when marked already, or when a placement started by the due date, even one interrupted since', () => {
    spec.given([...active(), firstPlacementOverdue()]).when(markFirstPlacementOverdue()).thenNothing();
    spec.given([...withSlot(), placementStarted()]).when(markFirstPlacementOverdue()).thenNothing();
    spec.given([...withSlot(), placementStarted(), ...interrupted()]).when(markFirstPlacementOverdue()).thenNothing();
  });

  it('T1: refuses on or before the due date', () => {
    spec.given(active()).when(markFirstPlacementOverdue('2026-11-28T23:00:00+01:00')).thenThrows('T1', 'due by 2026-11-28');
  });

  it('refuses a commitment that is not active, or whose criterion sets no due date, naming STATE', () => {
    spec.given([established()]).when(markFirstPlacementOverdue()).thenThrows('STATE', 'Established');
    spec.given([established({ criterion: awardCriterion }), ...active().slice(1)]).when(markFirstPlacementOverdue()).thenThrows('STATE', 'no due date');
  });
});
