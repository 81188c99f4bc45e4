import { DeciderSpec } from '@kravspar/testing';
import { assessed, awardDecided, awarded, decide, evaluate, evaluated, evaluation, opening, qualified, RANKING } from './award.fixtures';
import { cancelled, plusMinutes } from './procurement.fixtures';
import { procurementDecider } from './procurement.decider';

const spec = DeciderSpec.for(procurementDecider);

describe('EvaluateBids', () => {
  it('ranks exactly the qualified bids (P6) and moves to Evaluating', () => {
    const state = spec.given(assessed).when(evaluate()).then([evaluated()]);
    expect(state.status === 'Evaluating' && state.ranking).toEqual(RANKING);
  });

  it('P6: refuses while an opened bid is neither qualified nor excluded', () => {
    spec.given([...opening, qualified('b1', 's1'), qualified('b2', 's2')]).when(evaluate()).thenThrows('P6', 'not yet: b3');
  });

  it.each([
    ['an excluded bid', [...RANKING, { bidId: 'b3', score: 50 }], 'not qualified: b3'],
    ['a qualified bid missing', [{ bidId: 'b1', score: 92 }], 'missing: b2'],
    ['a bid twice', [...RANKING, { bidId: 'b1', score: 10 }], 'each qualified bid once'],
  ])('P6: refuses a ranking with %s', (_case, ranking, detail) => {
    spec.given(assessed).when(evaluate(ranking)).thenThrows('P6', detail);
  });

  it('P6: refuses a score that is not a finite number', () => {
    spec.given(assessed).when(evaluate([{ bidId: 'b1', score: Number.NaN }, { bidId: 'b2', score: 1 }])).thenThrows('P6', 'finite score');
  });

  it('stays quiet on a repeat, also after the award; refuses another ranking naming STATE', () => {
    spec.given(evaluation).when(evaluate()).thenNothing();
    spec.given(awarded).when(evaluate()).thenNothing();
    spec.given(evaluation).when(evaluate([...RANKING].reverse())).thenThrows('STATE', 'already evaluated');
  });

  it('refuses before opening naming STATE and after cancellation naming P10', () => {
    spec.given(opening.slice(0, -1)).when(evaluate()).thenThrows('STATE', 'Published');
    spec.given([...assessed, cancelled()]).when(evaluate()).thenThrows('P10');
  });
});

describe('DecideAward', () => {
  it('decides the award for a ranked bid with concrete reasons (P6, T1)', () => {
    const state = spec.given(evaluation).when(decide()).then([awardDecided()]);
    expect(state.status).toBe('AwardDecided');
  });

  it('may name several winners (a framework agreement)', () => {
    spec.given(evaluation).when(decide({ winnerBidIds: ['b1', 'b2'] })).then([awardDecided({ winnerBidIds: ['b1', 'b2'] })]);
  });

  it.each([
    ['no winner', { winnerBidIds: [] }, 'one or more distinct'],
    ['an excluded bid', { winnerBidIds: ['b3'] }, 'not ranked: b3'],
    ['an unknown bid', { winnerBidIds: ['b9'] }, 'not ranked: b9'],
    ['blank reasons', { reasons: '  ' }, 'concrete reasons'],
    ['only the award criterion as reason', { reasons: 'Det ekonomiskt mest fördelaktiga anbudet.' }, 'concrete reasons'],
    ['a decision before the opening', { decidedAt: '2025-05-13T08:00:00+02:00' }, 'cannot precede the opening'],
  ])('P6: refuses %s', (_case, data, detail) => {
    spec.given(evaluation).when(decide(data)).thenThrows('P6', detail);
  });

  it('T1: refuses a decidedAt in the future', () => {
    const now = '2025-06-05T10:00:00+02:00';
    spec.given(evaluation).when(decide({ decidedAt: plusMinutes(now, 6) }, now)).thenThrows('T1');
  });

  it('P6: refuses before the evaluation naming STATE', () => {
    spec.given(assessed).when(decide()).thenThrows('STATE', 'BidsOpened');
  });

  it('stays quiet on a repeat with the winners in another order; refuses another decision naming STATE', () => {
    const two = [...evaluation, awardDecided({ winnerBidIds: ['b1', 'b2'] })];
    spec.given(two).when(decide({ winnerBidIds: ['b2', 'b1'] })).thenNothing();
    spec.given(awarded).when(decide({ winnerBidIds: ['b2'] })).thenThrows('STATE', 'AwardDecided');
  });

  it('refuses after cancellation naming P10', () => {
    spec.given([...evaluation, cancelled()]).when(decide()).thenThrows('P10');
  });
});
