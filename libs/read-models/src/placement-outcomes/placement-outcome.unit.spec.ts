import { commitmentEstablished, commitmentStream, completed, interrupted, matched, stored } from '../follow-up-events.fixtures';
import { outcomeCommitmentOf, placementOutcomeOf } from './placement-outcome';

const established = stored(commitmentStream(), commitmentEstablished(), 0);
const waste2026 = { commitmentId: 'gotland-1-work-training', buyerUnitId: 'waste', year: 2026 };

describe('outcomeCommitmentOf', () => {
  it('takes the buyer unit and the year of signing from CommitmentEstablished, and nothing from other events', () => {
    expect(outcomeCommitmentOf(established)).toEqual(waste2026);
    expect(outcomeCommitmentOf(stored(commitmentStream(), matched('s1'), 5))).toBeUndefined();
  });
});

describe('placementOutcomeOf', () => {
  it('makes a row with the outcome code and months of a completion, naming no referral', () => {
    const row = placementOutcomeOf(waste2026, stored(commitmentStream(), completed('s1', 'r-secret'), 9));
    expect(row).toEqual({ ...waste2026, revision: 9, ending: 'completed', code: 'employment', monthsServed: 6 });
    expect(JSON.stringify(row)).not.toContain('r-secret');
  });

  it('makes a row with the reason code of an interruption, without months', () => {
    expect(placementOutcomeOf(waste2026, stored(commitmentStream(), interrupted('s2'), 7))).toEqual({
      ...waste2026, revision: 7, ending: 'interrupted', code: 'participantIll', monthsServed: null,
    });
  });

  it('makes none for other events, or for a commitment never seen established', () => {
    expect(placementOutcomeOf(waste2026, stored(commitmentStream(), matched('s1'), 5))).toBeUndefined();
    expect(placementOutcomeOf(undefined, stored(commitmentStream(), completed('s1'), 9))).toBeUndefined();
  });
});
