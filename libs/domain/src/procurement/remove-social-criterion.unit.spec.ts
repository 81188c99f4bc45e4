import { DeciderSpec } from '@kravspar/testing';
import { addCriterion, awardCriterion, cancelled, criterionAdded, initiated, placementCriterion, published } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { criterionRemoved, removeCriterion } from './tender.fixtures';

const spec = DeciderSpec.for(procurementDecider);
const planning = [initiated(), criterionAdded(placementCriterion), criterionAdded(awardCriterion)];

describe('RemoveSocialCriterion', () => {
  it('removes a criterion while planning, keeping the others', () => {
    const state = spec.given(planning).when(removeCriterion('crit-work-training')).then([criterionRemoved('crit-work-training')]);
    expect(state.status === 'Planning' && Object.keys(state.criteria)).toEqual(['crit-award']);
  });

  it('stays quiet when the criterion was already removed', () => {
    spec.given([...planning, criterionRemoved()]).when(removeCriterion()).thenNothing();
  });

  it('lets a removed criterion be added again, and removed again', () => {
    const history = [...planning, criterionRemoved(), criterionAdded(placementCriterion)];
    spec.given(history).when(addCriterion(placementCriterion)).thenNothing();
    spec.given(history).when(removeCriterion()).then([criterionRemoved()]);
  });

  it('refuses an unknown criterion naming STATE', () => {
    spec.given(planning).when(removeCriterion('crit-unknown')).thenThrows('STATE', "no criterion 'crit-unknown'");
  });

  it('refuses after publication naming STATE: the criteria are fixed', () => {
    spec.given([...planning, published()]).when(removeCriterion()).thenThrows('STATE', 'Published');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...planning, cancelled()]).when(removeCriterion()).thenThrows('P10');
  });
});
