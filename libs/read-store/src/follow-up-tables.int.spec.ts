import type { PoolClient } from 'pg';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { findCommitment, loadCommitmentForUpdate, saveCommitment, sumPlacementFunnels, type StoredCommitment } from './commitments';
import { findContract, loadContractCommitmentForUpdate, loadContractForUpdate, saveContract, saveContractCommitment } from './contracts';
import { readStoreMigrations } from './read-store.migrations';
import { findReferral, loadReferralForUpdate, saveReferral } from './referrals';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
});
afterAll(() => database.drop());

async function inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } finally {
    client.release();
  }
}

const contract = (id: string, revision: number) => ({
  id, revision, buyerUnitId: 'waste', supplierId: 'acme', updatedAt: '2026-06-01T09:00:00Z', document: { id, note: `revision ${revision}` },
});
const entry = (commitmentId: string, revision: number, establishedPosition: number) => ({
  commitmentId, contractId: 'k-1', revision, establishedPosition, entry: { id: commitmentId, note: `revision ${revision}` },
});

describe('contracts', () => {
  it('keeps a contract at its latest revision, and answers it with its commitments in established order', async () => {
    await saveContract(database.pool, contract('k-1', 1));
    await saveContract(database.pool, contract('k-1', 0));
    await saveContractCommitment(database.pool, entry('c-b', 0, 12));
    await saveContractCommitment(database.pool, entry('c-a', 0, 11));
    await saveContractCommitment(database.pool, entry('c-a', 1, 40));
    await saveContractCommitment(database.pool, entry('c-a', 0, 11));
    expect(await findContract(database.pool, 'k-1')).toEqual({
      document: { id: 'k-1', note: 'revision 1' },
      commitments: [{ id: 'c-a', note: 'revision 1' }, { id: 'c-b', note: 'revision 0' }],
    });
  });

  it('answers a contract without commitments with an empty list, and nothing for an unknown one', async () => {
    await saveContract(database.pool, contract('k-2', 0));
    expect(await findContract(database.pool, 'k-2')).toEqual({ document: { id: 'k-2', note: 'revision 0' }, commitments: [] });
    expect(await findContract(database.pool, 'nowhere')).toBeUndefined();
  });

  it('loads a contract and a commitment entry for update', async () => {
    await inTransaction(async (client) => {
      expect(await loadContractForUpdate(client, 'k-1')).toEqual({ id: 'k-1', note: 'revision 1' });
      expect(await loadContractCommitmentForUpdate(client, 'c-b')).toEqual({ id: 'c-b', note: 'revision 0' });
      expect(await loadContractCommitmentForUpdate(client, 'none')).toBeUndefined();
    });
  });
});

const funnel = (committed: number, matched: number, interrupted = 0) => ({ committed, offered: committed, matched, started: matched, ongoing: matched, completed: 0, interrupted });
function commitment(id: string, fields: Partial<StoredCommitment> = {}): StoredCommitment {
  return {
    id, revision: 0, contractId: 'k-1', buyerUnitId: 'waste', supplierId: 'acme', year: 2026, placementType: 'workTraining',
    funnel: funnel(3, 0), updatedAt: '2026-06-01T09:00:00Z', document: { id, revision: fields.revision ?? 0 }, ...fields,
  };
}

describe('commitments and the placement KPIs', () => {
  beforeAll(async () => {
    await saveCommitment(database.pool, commitment('c-1', { revision: 5, funnel: funnel(3, 2, 1) }));
    await saveCommitment(database.pool, commitment('c-1', { revision: 4, funnel: funnel(3, 1) }));
    await saveCommitment(database.pool, commitment('c-2', { funnel: funnel(2, 1) }));
    await saveCommitment(database.pool, commitment('c-3', { year: 2027, funnel: funnel(1, 0) }));
    await saveCommitment(database.pool, commitment('c-4', { buyerUnitId: 'schools', funnel: funnel(4, 4) }));
    await saveCommitment(database.pool, commitment('c-5', { placementType: null, funnel: funnel(0, 0) }));
  });

  it('keeps a commitment at its latest revision, finds it, and loads it for update', async () => {
    expect(await findCommitment(database.pool, 'c-1')).toEqual({ id: 'c-1', revision: 5 });
    expect(await findCommitment(database.pool, 'nowhere')).toBeUndefined();
    expect(await inTransaction((client) => loadCommitmentForUpdate(client, 'c-2'))).toEqual({ id: 'c-2', revision: 0 });
  });

  it('sums the funnels of placement commitments per unit and year', async () => {
    expect(await sumPlacementFunnels(database.pool)).toEqual([
      { unitId: 'schools', year: 2026, committed: 4, offered: 4, matched: 4, started: 4, ongoing: 4, completed: 0, interrupted: 0 },
      { unitId: 'waste', year: 2026, committed: 5, offered: 5, matched: 3, started: 3, ongoing: 3, completed: 0, interrupted: 1 },
      { unitId: 'waste', year: 2027, committed: 1, offered: 1, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 0 },
    ]);
  });

  it('filters by unit and by year, and answers no rows where there is nothing', async () => {
    expect((await sumPlacementFunnels(database.pool, { unitId: 'waste' })).map((row) => row.year)).toEqual([2026, 2027]);
    expect((await sumPlacementFunnels(database.pool, { year: 2026 })).map((row) => row.unitId)).toEqual(['schools', 'waste']);
    expect(await sumPlacementFunnels(database.pool, { unitId: 'waste', year: 2027 })).toEqual([expect.objectContaining({ committed: 1 })]);
    expect(await sumPlacementFunnels(database.pool, { unitId: 'culture' })).toEqual([]);
  });
});

describe('referrals', () => {
  const referral = (revision: number, note: string) => ({
    id: 'r-1', revision, status: 'Created', candidateRef: 'cand-1', updatedAt: '2026-07-01T09:00:00Z', document: { id: 'r-1', note },
  });

  it('takes a document at the same revision (a placement changed it) or a later one, never an older one', async () => {
    await saveReferral(database.pool, referral(1, 'proposed'));
    await saveReferral(database.pool, referral(1, 'matched'));
    await saveReferral(database.pool, referral(0, 'created'));
    expect(await findReferral(database.pool, 'r-1')).toEqual({ id: 'r-1', note: 'matched' });
    expect(await inTransaction((client) => loadReferralForUpdate(client, 'r-1'))).toEqual({ id: 'r-1', note: 'matched' });
    expect(await findReferral(database.pool, 'nowhere')).toBeUndefined();
  });
});
