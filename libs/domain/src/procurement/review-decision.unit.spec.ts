import { DeciderSpec } from '@kravspar/testing';
import { awardDecided, awarded, decide, evaluate, evaluated, notified, notify, RANKING, standstill } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { decideReview, reviewDecided, reviewFiled } from './review.fixtures';
import type { ReviewOutcome } from './vocabulary';

const spec = DeciderSpec.for(procurementDecider);
const held = [...standstill, reviewFiled()];

describe('DecideReview', () => {
  it('P8: a rejection extends the standstill to 10 days after the decision (19 June → 30 June, past a Sunday)', () => {
    const decidedAt = '2025-06-19T14:00:00+02:00';
    const state = spec.given(held).when(decideReview(decidedAt)).then([reviewDecided({ decidedAt, standstillLastDay: '2025-06-30' })]);
    expect(state).toMatchObject({ status: 'Standstill', standstillLastDay: '2025-06-30' });
  });

  it('P8: a quick rejection never shortens the standstill of the notification', () => {
    const slow = [...awarded, notified({ channel: 'other', standstillLastDay: '2025-06-25' }), reviewFiled({ filedAt: '2025-06-11T09:00:00+02:00' })];
    const decidedAt = '2025-06-12T14:00:00+02:00';
    spec.given(slow).when(decideReview(decidedAt)).then([reviewDecided({ decidedAt, standstillLastDay: '2025-06-25' })]);
  });

  it('P8: a decision on a review filed after the standstill does not move it', () => {
    const late = [...standstill, reviewFiled({ filedAt: '2025-06-24T09:00:00+02:00', duringStandstill: false })];
    const decidedAt = '2025-06-27T14:00:00+02:00';
    const state = spec.given(late).when(decideReview(decidedAt)).then([reviewDecided({ decidedAt, standstillLastDay: null })]);
    expect(state).toMatchObject({ standstillLastDay: '2025-06-23' });
  });

  it('P8: a rejection before the notification is counted when the notification is sent', () => {
    const early = [...awarded, reviewFiled({ filedAt: '2025-06-06T09:00:00+02:00' })];
    const decidedAt = '2025-06-09T14:00:00+02:00';
    const decided = reviewDecided({ decidedAt, standstillLastDay: '2025-06-19' });
    spec.given(early).when(decideReview(decidedAt)).then([decided]);
    // Notified on 10 June: 20 June is Midsummer Eve, so its own last day (23 June) is the later one.
    spec.given([...early, decided]).when(notify()).then([notified({ standstillLastDay: '2025-06-23' })]);
  });

  it.each(['correction', 'redo'] as const)('%s: back to Evaluating, the award and its notification to be redone', (outcome) => {
    const decidedAt = '2025-07-01T10:00:00+02:00';
    const state = spec.given(held).when(decideReview(decidedAt, outcome)).then([reviewDecided({ decidedAt, outcome, standstillLastDay: null })]);
    expect(state).toMatchObject({ status: 'Evaluating', reopenedBy: 'FR-1', awardNotificationSentAt: '2025-06-10T10:00:00+02:00' });
    expect(state).not.toHaveProperty('award');
    expect(state).not.toHaveProperty('notification');
  });

  it('after a correction, one new ranking, a new award and a new notification start a new standstill', () => {
    const back = [...held, reviewDecided({ decidedAt: '2025-07-01T10:00:00+02:00', outcome: 'correction', standstillLastDay: null })];
    const reranked = [...RANKING].reverse();
    spec.given(back).when(evaluate(reranked)).then([evaluated(reranked)]);
    const reEvaluated = [...back, evaluated(reranked)];
    spec.given(reEvaluated).when(evaluate(RANKING)).thenThrows('STATE', 'already evaluated');
    const award = { winnerBidIds: ['b2'], decidedAt: '2025-07-03T10:00:00+02:00' };
    spec.given(reEvaluated).when(decide(award)).then([awardDecided(award)]);
    const sentAt = '2025-07-04T10:00:00+02:00';
    spec.given([...reEvaluated, awardDecided(award)]).when(notify({ sentAt })).then([notified({ sentAt, standstillLastDay: '2025-07-14' })]);
  });

  it('T1: refuses a decision in the future; refuses one before the filing naming STATE', () => {
    const now = '2025-06-19T14:00:00+02:00';
    spec.given(held).when(decideReview(plusMinutes(now, 6), 'rejected', 'FR-1', now)).thenThrows('T1');
    spec.given(held).when(decideReview('2025-06-15T14:00:00+02:00')).thenThrows('STATE', 'before the application');
  });

  it('P8: refuses an outcome outside the list', () => {
    spec.given(held).when(decideReview('2025-06-19T14:00:00+02:00', 'settled' as ReviewOutcome)).thenThrows('P8', 'settled');
  });

  it('stays quiet on a repeat; refuses another decision and an unknown case naming STATE', () => {
    const decidedAt = '2025-06-19T14:00:00+02:00';
    const decided = [...held, reviewDecided({ decidedAt, standstillLastDay: '2025-06-30' })];
    spec.given(decided).when(decideReview(decidedAt)).thenNothing();
    spec.given(decided).when(decideReview(decidedAt, 'correction')).thenThrows('STATE', 'already decided');
    spec.given(held).when(decideReview(decidedAt, 'rejected', 'FR-9')).thenThrows('STATE', 'No review case FR-9');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...held, cancelled()]).when(decideReview('2025-06-19T14:00:00+02:00')).thenThrows('P10');
  });
});
