import { DeciderSpec } from '@kravspar/testing';
import { awarded, evaluation, notified, standstill } from './award.fixtures';
import { cancelled, initiated, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';
import { fileReview, reviewFiled, signed, standstillEnded } from './review.fixtures';

const spec = DeciderSpec.for(procurementDecider);

describe('FileReviewApplication', () => {
  it('P8: a review filed during the standstill holds it', () => {
    const state = spec.given(standstill).when(fileReview()).then([reviewFiled({ duringStandstill: true })]);
    expect(state.status === 'Standstill' && state.reviews['FR-1']).toMatchObject({ duringStandstill: true, interimOrders: [] });
  });

  it('P8: a review filed on the day after the last day does not (the timer has not run yet)', () => {
    const filedAt = '2025-06-24T09:00:00+02:00';
    spec.given(standstill).when(fileReview({ filedAt })).then([reviewFiled({ filedAt, duringStandstill: false })]);
  });

  it('P8: a review filed after the award decision but before the notification holds the standstill to come', () => {
    const filedAt = '2025-06-06T09:00:00+02:00';
    spec.given(awarded).when(fileReview({ filedAt })).then([reviewFiled({ filedAt, duringStandstill: true })]);
  });

  it('P9: a review of a direct award holds no standstill', () => {
    const direct = [initiated({ procedure: 'direct' }), ...standstill.slice(1, -1), notified({ standstillLastDay: null }, ['P7', 'T1', 'P9'])];
    spec.given(direct).when(fileReview()).then([reviewFiled({ duringStandstill: false })]);
  });

  it('P8: a review registered after the timer ended the standstill, but filed within it, puts it back in standstill', () => {
    const ended = [...standstill, standstillEnded('2025-06-23', '2025-06-24T00:05:00+02:00')];
    const filedAt = '2025-06-23T15:00:00+02:00';
    const state = spec.given(ended).when(fileReview({ filedAt })).then([reviewFiled({ filedAt, duringStandstill: true })]);
    expect(state.status).toBe('Standstill');
  });

  it('T1: refuses a filedAt in the future', () => {
    const now = '2025-06-16T11:00:00+02:00';
    spec.given(standstill).when(fileReview({ filedAt: plusMinutes(now, 6) }, now)).thenThrows('T1');
  });

  it('stays quiet on a repeat; refuses the same case number with another court naming STATE', () => {
    spec.given([...standstill, reviewFiled()]).when(fileReview()).thenNothing();
    spec.given([...standstill, reviewFiled()]).when(fileReview({ court: 'Förvaltningsrätten i Malmö' })).thenThrows('STATE', 'FR-1');
  });

  it('refuses before the award decision and after signing naming STATE, after cancellation naming P10', () => {
    spec.given(evaluation).when(fileReview()).thenThrows('STATE', 'Evaluating');
    spec.given([...standstill, signed()]).when(fileReview({ caseNo: 'FR-2' })).thenThrows('STATE', 'Concluded');
    spec.given([...standstill, cancelled()]).when(fileReview()).thenThrows('P10');
  });
});
