import { DeciderSpec } from '@kravspar/testing';
import type { SocialCriterion } from './social-criterion';
import {
  addCriterion,
  awardCriterion,
  cancelled,
  criterionAdded,
  initiated,
  placementCriterion,
  published,
} from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';

const spec = DeciderSpec.for(procurementDecider);

describe('AddSocialCriterion', () => {
  describe('while Planning', () => {
    it('adds a placement criterion, checked against P1', () => {
      const state = spec.given([initiated()]).when(addCriterion(placementCriterion)).then([criterionAdded(placementCriterion)]);
      expect(state.status === 'Planning' && state.criteria[placementCriterion.criterionId]).toEqual(placementCriterion);
    });

    it('adds a criterion without placement, which needs none of the P1 placement fields', () => {
      spec.given([initiated()]).when(addCriterion(awardCriterion)).then([criterionAdded(awardCriterion)]);
    });

    it('keeps criteria apart by id', () => {
      const state = spec
        .given([initiated(), criterionAdded(awardCriterion)])
        .when(addCriterion(placementCriterion))
        .then([criterionAdded(placementCriterion)]);
      expect(state.status === 'Planning' && Object.keys(state.criteria)).toEqual(['crit-award', 'crit-work-training']);
    });

    it('accepts an id that names an Object.prototype member', () => {
      const criterion = { ...awardCriterion, criterionId: 'constructor' };
      spec.given([initiated()]).when(addCriterion(criterion)).then([criterionAdded(criterion)]);
    });

    const incomplete: [string, Partial<Record<keyof SocialCriterion, unknown>>][] = [
      ['targetGroupCode', { targetGroupCode: undefined }],
      ['targetGroupCode', { targetGroupCode: '  ' }],
      ['unitsRequired', { unitsRequired: undefined }],
      ['unitsRequired', { unitsRequired: 0 }],
      ['unitsRequired', { unitsRequired: 1.5 }],
      ['reportingSchedule', { reportingSchedule: undefined }],
      ['reportingSchedule', { reportingSchedule: 'monthly' }],
      ['sanctions', { sanctions: undefined }],
      ['sanctions', { sanctions: [] }],
      ['sanctions', { sanctions: [''] }],
      ['matchingUnitId', { matchingUnitId: undefined }],
    ];
    it.each(incomplete)('refuses a placement criterion lacking %s naming P1 (%j)', (field, change) => {
      const criterion = { ...placementCriterion, ...change } as SocialCriterion;
      spec.given([initiated()]).when(addCriterion(criterion)).thenThrows('P1', field);
    });

    it('stays quiet when the same criterion is added again', () => {
      spec.given([initiated(), criterionAdded()]).when(addCriterion()).thenNothing();
    });

    it('refuses the same id with other fields naming STATE', () => {
      spec
        .given([initiated(), criterionAdded()])
        .when(addCriterion({ ...placementCriterion, unitsRequired: 4 }))
        .thenThrows('STATE', placementCriterion.criterionId);
    });

    it('treats reordered sanctions as other fields', () => {
      const twoSanctions = { ...placementCriterion, sanctions: ['a', 'b'] };
      spec
        .given([initiated(), criterionAdded(twoSanctions)])
        .when(addCriterion({ ...twoSanctions, sanctions: ['b', 'a'] }))
        .thenThrows('STATE');
    });
  });

  describe('in other states', () => {
    it('refuses before initiation naming STATE', () => {
      spec.given([]).when(addCriterion()).thenThrows('STATE', 'not been initiated');
    });

    it('refuses a new criterion after publication naming STATE', () => {
      spec.given([initiated(), criterionAdded(), published()]).when(addCriterion(awardCriterion)).thenThrows('STATE', 'Published');
    });

    it('stays quiet after publication when the criterion was already added identically', () => {
      spec.given([initiated(), criterionAdded(), published()]).when(addCriterion()).thenNothing();
    });

    it('refuses a new criterion after cancellation naming P10', () => {
      spec.given([initiated(), cancelled()]).when(addCriterion(awardCriterion)).thenThrows('P10');
    });
  });
});
