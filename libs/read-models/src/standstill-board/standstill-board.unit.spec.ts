import { ProjectionSpec } from '@kravspar/testing';
import { CASE_NO, event, next, storedLifecycle } from '../procurement/lifecycle-events.fixtures';
import { projectProcurement } from '../procurement/project-procurement';
import { toStandstillBoardItem } from './standstill-board';

const documentAfter = (history: ReturnType<typeof storedLifecycle>) => ProjectionSpec.for(projectProcurement).given(history).document!;

describe('toStandstillBoardItem', () => {
  it('shows a notified procurement with its last day and the day signing is allowed from', () => {
    expect(toStandstillBoardItem(documentAfter(storedLifecycle('AwardNotificationSent')))).toEqual({
      id: 'gotland-2026-01',
      title: 'Städning av återvinningscentraler',
      buyerUnitId: 'unit-waste',
      standstillLastDay: '2026-05-04',
      signingAllowedFrom: '2026-05-05',
      underReview: false,
      interimOrderInForce: false,
      reviews: [],
    });
  });

  it('shows a review and an interim order while they hold the standstill, and the decision once made', () => {
    expect(toStandstillBoardItem(documentAfter(storedLifecycle('InterimOrderIssued')))).toMatchObject({
      underReview: true,
      interimOrderInForce: true,
      reviews: [{ caseNo: CASE_NO, court: 'Förvaltningsrätten i Stockholm', filedAt: '2026-04-28T10:00:00+02:00', decided: false }],
    });
    expect(toStandstillBoardItem(documentAfter(storedLifecycle('ReviewDecided')))).toMatchObject({
      standstillLastDay: '2026-05-18',
      signingAllowedFrom: '2026-05-19',
      underReview: false,
      interimOrderInForce: false,
      reviews: [expect.objectContaining({ decided: true })],
    });
  });

  it('leaves out procurements before the notification, after the standstill, and direct awards', () => {
    expect(toStandstillBoardItem(documentAfter(storedLifecycle('AwardDecided')))).toBeUndefined();
    expect(toStandstillBoardItem(documentAfter(storedLifecycle('StandstillEnded')))).toBeUndefined();
    expect(toStandstillBoardItem(documentAfter(storedLifecycle()))).toBeUndefined();
    const awarded = storedLifecycle('AwardDecided');
    const direct = next(awarded, event('AwardNotificationSent', { sentAt: '2026-04-24T14:00:00+02:00', channel: 'other', standstillLastDay: null }, '2026-04-24T14:00:00+02:00'));
    expect(toStandstillBoardItem(documentAfter([...awarded, direct]))).toBeUndefined();
  });
});
