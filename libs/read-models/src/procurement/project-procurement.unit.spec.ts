import { ProjectionSpec } from '@kravspar/testing';
import {
  awardCriterion,
  cancelled,
  criterionAdded,
  details,
  initiated,
  placementCriterion,
  published,
} from '@kravspar/domain/procurement/procurement.fixtures';
import { projectProcurement, procurementIdOf } from './project-procurement';
import { toListEntry } from './procurement-list-item';
import { PROCUREMENT_ID, stored, storedHistory, STREAM_ID } from './stored-procurement-events.fixtures';

const spec = ProjectionSpec.for(projectProcurement);
const [initiatedAt0, criterionAt1, publishedAt2] = storedHistory([initiated(), criterionAdded(placementCriterion), published()]);

describe('projectProcurement', () => {
  it('creates the Planning document from ProcurementInitiated, keyed by the stream id', () => {
    spec.given([]).when(initiatedAt0).then({
      id: PROCUREMENT_ID,
      title: details.title,
      status: 'Planning',
      buyerUnitId: details.buyerUnitId,
      procedure: details.procedure,
      regime: details.regime,
      estimatedValue: details.estimatedValue,
      cpv: details.cpv,
      underReview: false,
      socialCriteria: [],
      deadlineExtensions: [],
      clarifications: [],
      bids: [],
      bidCount: 0,
      standstillLastDay: null,
      reviews: [],
      corrections: [],
      revision: 0,
      updatedAt: initiatedAt0.metadata.recordedAt,
    });
  });

  it('adds each social criterion and moves to its revision', () => {
    const document = spec.given([initiatedAt0]).when(criterionAt1).thenMatches({ revision: 1 });
    expect(document.socialCriteria).toEqual([placementCriterion]);
  });

  it('keeps one entry per criterion id', () => {
    const again = stored(criterionAdded(placementCriterion), 2);
    const document = spec.given([initiatedAt0, criterionAt1]).when(again).thenMatches({ revision: 2 });
    expect(document.socialCriteria).toEqual([placementCriterion]);
  });

  it('removes a social criterion while planning', () => {
    const removed = stored({ type: 'SocialCriterionRemoved', data: { criterionId: placementCriterion.criterionId }, metadata: { occurredAt: initiated().metadata.occurredAt } }, 2);
    spec.given([initiatedAt0, criterionAt1]).when(removed).thenMatches({ socialCriteria: [], revision: 2 });
  });

  it('records the publication: status, deadlines and the P2 minimum it was checked against', () => {
    const publication = published().data;
    spec.given([initiatedAt0, criterionAt1]).when(publishedAt2).thenMatches({
      status: 'Published',
      publishedAt: publication.publishedAt,
      tenderDeadline: publication.tenderDeadline,
      electronicTenders: publication.electronicTenders,
      noticeRef: publication.noticeRef,
      minimumTenderDays: publication.minimumTenderDays,
      revision: 2,
      updatedAt: publishedAt2.metadata.recordedAt,
    });
  });

  it('records a cancellation with its reason, which ends bid secrecy (the tenderers are notified)', () => {
    const cancellation = stored(cancelled(), 3);
    spec.given([initiatedAt0, criterionAt1, publishedAt2]).when(cancellation).thenMatches({
      status: 'Cancelled',
      cancellation: cancelled().data,
      tenderDeadline: published().data.tenderDeadline,
      bidsDisclosedAt: cancelled().data.cancelledAt,
      revision: 3,
    });
  });

  it('changes nothing when the same event arrives twice', () => {
    spec.given([initiatedAt0, criterionAt1, publishedAt2]).when(publishedAt2).thenUnchanged();
  });

  it('changes nothing for an event older than the document', () => {
    spec.given([initiatedAt0, criterionAt1, publishedAt2]).when(criterionAt1).thenUnchanged();
  });

  it('leaves the document and its revision as they are for an event type it does not know', () => {
    const unknown = { ...stored(criterionAdded(awardCriterion), 3), type: 'SomethingNew' };
    spec.given([initiatedAt0, criterionAt1, publishedAt2]).when(unknown).thenUnchanged();
  });

  it('makes no document from events before the initiation', () => {
    spec.given([]).when(criterionAt1).then(undefined);
  });
});

describe('toListEntry', () => {
  it('gives the list row: tender deadline (null before publication), counts, and whether bids are disclosed', () => {
    const planning = spec.given([initiatedAt0, criterionAt1]).document!;
    expect(toListEntry(planning)).toEqual({
      id: PROCUREMENT_ID,
      title: details.title,
      status: 'Planning',
      underReview: false,
      buyerUnitId: details.buyerUnitId,
      tenderDeadline: null,
      socialCriteriaCount: 1,
      bidCount: 0,
      bidsDisclosed: false,
      revision: 1,
    });
    const publishedDocument = spec.given([initiatedAt0, criterionAt1, publishedAt2]).document!;
    expect(toListEntry(publishedDocument).tenderDeadline).toBe(published().data.tenderDeadline);
  });
});

describe('procurementIdOf', () => {
  it('takes the id from a procurement stream id and refuses other streams', () => {
    expect(procurementIdOf(STREAM_ID)).toBe(PROCUREMENT_ID);
    expect(() => procurementIdOf('contract-1')).toThrow('not a procurement stream');
  });
});
