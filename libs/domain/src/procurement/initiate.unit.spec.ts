import { DeciderSpec } from '@kravspar/testing';
import {
  cancelled,
  criterionAdded,
  details,
  initiate,
  initiated,
  NOW,
  published,
} from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';

const spec = DeciderSpec.for(procurementDecider);

describe('InitiateProcurement', () => {
  describe('on a new stream', () => {
    it('initiates the procurement, at the time the command was received', () => {
      const state = spec.given([]).when(initiate()).then([initiated({}, NOW)]);
      expect(state).toEqual({
        status: 'Planning',
        ...details,
        criteria: {},
        removedCriterionIds: [],
        eventTypes: ['ProcurementInitiated'],
        corrections: [],
      });
    });

    it('leaves out an absent CPV code instead of recording undefined', () => {
      const { cpv: _cpv, ...withoutCpv } = details;
      const [event] = procurementDecider.decide(
        { ...initiate(), data: withoutCpv },
        procurementDecider.initialState,
      );
      expect(event?.data).not.toHaveProperty('cpv');
    });

    it('accepts a draft without a title: completeness is checked at publication (P1)', () => {
      spec.given([]).when(initiate({ title: '' })).then([initiated({ title: '' })]);
    });
  });

  describe('on an initiated procurement', () => {
    it('stays quiet when repeated with identical data', () => {
      spec.given([initiated()]).when(initiate()).thenNothing();
    });

    it('stays quiet when repeated after publication', () => {
      spec.given([initiated(), criterionAdded(), published()]).when(initiate()).thenNothing();
    });

    it('refuses different data naming STATE', () => {
      spec.given([initiated()]).when(initiate({ title: 'Another title' })).thenThrows('STATE', 'Planning');
    });

    it('refuses a different estimated value naming STATE', () => {
      spec
        .given([initiated()])
        .when(initiate({ estimatedValue: { amount: 1, currency: 'SEK' } }))
        .thenThrows('STATE');
    });
  });

  describe('on a cancelled procurement', () => {
    it('stays quiet when repeated with identical data', () => {
      spec.given([initiated(), cancelled()]).when(initiate()).thenNothing();
    });

    it('refuses different data naming P10', () => {
      spec.given([initiated(), cancelled()]).when(initiate({ title: 'Again' })).thenThrows('P10');
    });
  });
});
