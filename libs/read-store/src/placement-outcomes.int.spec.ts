import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { advanceCheckpoint, readCheckpoint } from './projection-checkpoints';
import { findOutcomeCommitment, saveOutcomeCommitment, savePlacementOutcome, sumPlacementOutcomes } from './placement-outcomes';
import { readStoreMigrations } from './read-store.migrations';
import { findReferralIdsByCandidate, saveReferral } from './referrals';
import { resetProjections } from './reset-projections';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
});
afterAll(() => database.drop());

const waste = { commitmentId: 'c-1', buyerUnitId: 'waste', year: 2026 };
const ended = (revision: number, ending: 'completed' | 'interrupted', code: string, monthsServed: number | null = null) =>
  ({ ...waste, revision, ending, code, monthsServed });

describe('placement outcomes', () => {
  it('keeps the first unit and year of a commitment', async () => {
    await saveOutcomeCommitment(database.pool, waste);
    await saveOutcomeCommitment(database.pool, { ...waste, buyerUnitId: 'schools' });
    expect(await findOutcomeCommitment(database.pool, 'c-1')).toEqual(waste);
    expect(await findOutcomeCommitment(database.pool, 'c-9')).toBeUndefined();
  });

  it('stores each ended placement once, however often delivered, and sums them per unit, year, ending and code', async () => {
    for (const outcome of [ended(7, 'completed', 'employment', 6), ended(7, 'completed', 'employment', 6), ended(9, 'completed', 'employment', 2.5), ended(11, 'interrupted', 'mismatch')]) {
      await savePlacementOutcome(database.pool, outcome);
    }
    await savePlacementOutcome(database.pool, { ...ended(3, 'interrupted', 'other'), commitmentId: 'c-2', buyerUnitId: 'schools', year: 2027 });
    expect(await sumPlacementOutcomes(database.pool, { unitId: 'waste', year: 2026 })).toEqual([
      { unitId: 'waste', year: 2026, ending: 'completed', code: 'employment', count: 2, monthsServed: 8.5 },
      { unitId: 'waste', year: 2026, ending: 'interrupted', code: 'mismatch', count: 1, monthsServed: null },
    ]);
    expect((await sumPlacementOutcomes(database.pool)).map((sum) => sum.unitId)).toEqual(['schools', 'waste', 'waste']);
    expect(await sumPlacementOutcomes(database.pool, { year: 2030 })).toEqual([]);
  });
});

describe('referrals of a candidate', () => {
  it('finds every referral made under a candidate reference', async () => {
    const referral = (id: string, candidateRef: string) => ({ id, revision: 0, status: 'Created', candidateRef, updatedAt: '2026-07-01T09:00:00Z', document: { id } });
    for (const [id, ref] of [['r-2', 'cand-a'], ['r-1', 'cand-a'], ['r-3', 'cand-b']]) await saveReferral(database.pool, referral(id, ref));
    expect(await findReferralIdsByCandidate(database.pool, 'cand-a')).toEqual(['r-1', 'r-2']);
    expect(await findReferralIdsByCandidate(database.pool, 'cand-z')).toEqual([]);
  });
});

describe('resetProjections', () => {
  it('empties every versioned read-model table and sets every checkpoint to 0, and nothing else', async () => {
    await advanceCheckpoint(database.pool, 'referrals.v1', 42);
    const emptied = await resetProjections(database.pool);
    expect(emptied).toEqual(expect.arrayContaining(['placement_outcome_commitments_v1', 'placement_outcomes_v1', 'referrals_v1', 'commitments_v1', 'procurements_v2']));
    expect(emptied.every((table) => /_v\d+$/.test(table))).toBe(true);
    for (const table of emptied) expect([table, (await database.pool.query(`SELECT 1 FROM "${table}"`)).rowCount]).toEqual([table, 0]);
    expect(await readCheckpoint(database.pool, 'referrals.v1')).toBe(0);
    expect((await database.pool.query('SELECT 1 FROM schema_migrations')).rowCount).toBeGreaterThan(0);
  });
});
