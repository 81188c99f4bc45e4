import { DeciderSpec } from '@kravspar/testing';
import {
  awardCriterion,
  cancelled,
  criterionAdded,
  initiated,
  NOW,
  placementCriterion,
  plusMinutes,
  publication,
  publish,
  published,
} from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';

const spec = DeciderSpec.for(procurementDecider);
const planning = [initiated(), criterionAdded(placementCriterion)];

describe('PublishProcurement', () => {
  describe('while Planning', () => {
    it('publishes an open directive-regime procurement with a tender deadline 40 days after publication', () => {
      const state = spec.given(planning).when(publish()).then([published()]);
      expect(state.status).toBe('Published');
    });

    it('refuses an open directive-regime procurement with a tender deadline 20 days after publication naming P2', () => {
      spec
        .given(planning)
        .when(publish({ tenderDeadline: '2026-03-22T12:00:00+01:00' }))
        .thenThrows('P2', 'The tender period is 20 days');
    });

    it('refuses a publishedAt more than 5 minutes after the command\'s now naming T1', () => {
      spec.given(planning).when(publish({ publishedAt: plusMinutes(NOW, 6) })).thenThrows('T1', 'future');
    });

    it('accepts a publishedAt within the 5 minutes of clock skew', () => {
      const publishedAt = plusMinutes(NOW, 4);
      spec.given(planning).when(publish({ publishedAt })).then([published({ publishedAt })]);
    });

    it('refuses a publishedAt that is not an instant naming T1', () => {
      spec.given(planning).when(publish({ publishedAt: 'yesterday' })).thenThrows('T1', 'not an ISO 8601 instant');
    });

    it('records the questions deadline', () => {
      const questionsDeadline = '2026-03-30T12:00:00+02:00';
      spec
        .given(planning)
        .when(publish({ questionsDeadline }))
        .then([published({ questionsDeadline }, ['P1', 'P2', 'T1'])]);
    });
  });

  describe('P1: publication needs the required fields', () => {
    it.each(['title', 'buyerUnitId'] as const)('refuses a blank %s', (field) => {
      spec.given([initiated({ [field]: ' ' })]).when(publish()).thenThrows('P1', field);
    });

    it('refuses when a placement criterion recorded earlier is incomplete', () => {
      const recordedByAnOlderVersion = { ...placementCriterion, matchingUnitId: undefined };
      spec
        .given([initiated(), criterionAdded(recordedByAnOlderVersion)])
        .when(publish())
        .thenThrows('P1', `criterion '${placementCriterion.criterionId}': matchingUnitId`);
    });

    it('publishes without any social criterion, and with a non-placement one', () => {
      spec.given([initiated()]).when(publish()).then([published()]);
      spec.given([initiated(), criterionAdded(awardCriterion)]).when(publish()).then([published()]);
    });
  });

  describe('P2: minimum tender period', () => {
    it('allows 30 days for an open directive-regime procurement with electronic tenders', () => {
      const tenderDeadline = '2026-04-01T12:00:00+02:00';
      spec
        .given(planning)
        .when(publish({ electronicTenders: true, tenderDeadline }))
        .then([published({ electronicTenders: true, tenderDeadline, minimumTenderDays: 30 })]);
    });

    it('refuses 29 days with electronic tenders and 34 days without', () => {
      spec.given(planning).when(publish({ electronicTenders: true, tenderDeadline: '2026-03-31T12:00:00+02:00' })).thenThrows('P2', 'at least 30');
      spec.given(planning).when(publish({ tenderDeadline: '2026-04-05T12:00:00+02:00' })).thenThrows('P2', 'at least 35');
      spec.given(planning).when(publish({ tenderDeadline: '2026-04-06T12:00:00+02:00' })).then([published({ tenderDeadline: '2026-04-06T12:00:00+02:00' })]);
    });

    it.each([
      ['national', 'open'],
      ['directive', 'restricted'],
      ['direct', 'direct'],
    ] as const)('applies the configured minimum to regime %s, procedure %s', (regime, procedure) => {
      const given = [initiated({ regime, procedure })];
      const config = { otherRegimeMinimumTenderDays: 10 };
      spec.given(given).when(publish({ ...config, tenderDeadline: '2026-03-11T23:59:00+01:00' })).thenThrows('P2', '9 days');
      spec
        .given(given)
        .when(publish({ ...config, tenderDeadline: '2026-03-12T00:00:00+01:00' }))
        .then([published({ tenderDeadline: '2026-03-12T00:00:00+01:00', minimumTenderDays: 10 })]);
    });

    it('refuses a deadline that is not after the publication, even with a minimum of 0 days', () => {
      spec
        .given([initiated({ regime: 'national' })])
        .when(publish({ otherRegimeMinimumTenderDays: 0, tenderDeadline: publication.publishedAt }))
        .thenThrows('P2', 'not after publishedAt');
    });

    it('refuses a deadline that is not an instant', () => {
      spec.given(planning).when(publish({ tenderDeadline: '2026-13-45' })).thenThrows('P2', 'not an ISO 8601 instant');
    });
  });

  describe('P2: a questions deadline inside the tender period', () => {
    it.each([
      ['before the publication', '2026-03-01T12:00:00+01:00'],
      ['at the publication', publication.publishedAt],
      ['at the tender deadline', publication.tenderDeadline],
      ['after the tender deadline', '2026-04-12T12:00:00+02:00'],
      ['not an instant', 'soon'],
    ])('refuses a questions deadline %s', (_case, questionsDeadline) => {
      spec.given(planning).when(publish({ questionsDeadline })).thenThrows('P2', 'questionsDeadline');
    });
  });

  describe('in other states', () => {
    it('refuses before initiation naming STATE', () => {
      spec.given([]).when(publish()).thenThrows('STATE');
    });

    it('stays quiet when repeated with the same times, even written with another offset', () => {
      spec.given([...planning, published()]).when(publish()).thenNothing();
      spec.given([...planning, published()]).when(publish({ publishedAt: '2026-03-02T07:00:00Z' })).thenNothing();
    });

    it('refuses a second publication with another deadline naming STATE', () => {
      spec.given([...planning, published()]).when(publish({ tenderDeadline: '2026-04-20T12:00:00+02:00' })).thenThrows('STATE', 'Published');
    });

    it('refuses a second publication with electronic tenders instead naming STATE', () => {
      spec.given([...planning, published()]).when(publish({ electronicTenders: true })).thenThrows('STATE');
    });

    it('refuses publication after cancellation naming P10', () => {
      spec.given([...planning, cancelled()]).when(publish()).thenThrows('P10', 'cancelled');
    });

    it('stays quiet on a repeat of the publication that preceded a cancellation', () => {
      spec.given([...planning, published(), cancelled()]).when(publish()).thenNothing();
    });
  });
});
