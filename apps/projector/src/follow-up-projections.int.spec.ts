import type { Pool } from 'pg';
import { eventStoreMigrations, PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { projectCommitment, projectReferral, type CommitmentDocument, type ReferralDocument } from '@kravspar/read-models';
import { findCommitment, findContract, findReferral, readStoreMigrations, sumPlacementFunnels } from '@kravspar/read-store';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { commitmentsProjection } from '@kravspar/projections';
import { contractsProjection } from '@kravspar/projections';
import { appendFollowUp } from './follow-up.fixtures';
import type { Projection } from '@kravspar/projections';
import { referralsProjection } from '@kravspar/projections';

const PROJECTIONS = [contractsProjection, commitmentsProjection, referralsProjection];
let database: TestDatabase;
let store: PostgresEventStore;
let events: RecordedEvent[];

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-09-16T08:00:00Z')));
  await appendFollowUp(store);
  events = await store.readAll();
  // Each event delivered twice to each projection, without the checkpoint that would pass over the repeat.
  for (const recorded of events) {
    for (const projection of PROJECTIONS) {
      await applyDirectly(database.pool, projection, recorded);
      await applyDirectly(database.pool, projection, recorded);
    }
  }
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

/** As the runner would: only events of the streams its filter names, here without the checkpoint. */
async function applyDirectly(pool: Pool, projection: Projection, recorded: RecordedEvent): Promise<void> {
  if (!projection.filter.streamPrefixes?.some((prefix) => recorded.streamId.startsWith(prefix))) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await projection.apply(client, recorded);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const fold = <D>(project: (d: D | undefined, e: RecordedEvent) => D | undefined, only: (e: RecordedEvent) => boolean) =>
  JSON.parse(JSON.stringify(events.filter(only).reduce<D | undefined>(project, undefined)));
const rows = (table: string) => database.pool.query(`SELECT * FROM ${table} ORDER BY 1`).then((result) => result.rows);

describe('the follow-up projections, every event delivered twice', () => {
  it('stores the contract with its commitment, started and activated', async () => {
    expect(await findContract(database.pool, 'gotland-1')).toEqual({
      document: expect.objectContaining({ id: 'gotland-1', status: 'Started', startedOn: '2026-06-01', supplierId: 'acme', revision: 1 }),
      commitments: [{ id: 'gotland-1-work-training', contractId: 'gotland-1', criterionId: 'crit-work-training', placementType: 'workTraining', unitsRequired: 3, status: 'Active', revision: 1 }],
    });
  });

  it('stores the commitment the pure fold gives, with one interruption counted once', async () => {
    const folded = fold<CommitmentDocument>(projectCommitment, (e) => e.streamId.startsWith('commitment-'));
    const stored = await findCommitment<CommitmentDocument>(database.pool, 'gotland-1-work-training');
    expect(stored).toEqual(folded);
    expect(stored?.funnel).toEqual({ committed: 3, offered: 3, matched: 1, started: 0, ongoing: 0, completed: 0, interrupted: 1 });
  });

  it('sums the funnel for the contract owner and the year of signing', async () => {
    expect(await sumPlacementFunnels(database.pool)).toEqual([
      { unitId: 'waste', year: 2026, committed: 3, offered: 3, matched: 1, started: 0, ongoing: 0, completed: 0, interrupted: 1 },
    ]);
  });

  it('stores each referral with the slot it was matched to and what became of the placement', async () => {
    const onlyFor = (id: string) => (e: RecordedEvent) => e.streamId === `referral-${id}` || e.data.referralId === id;
    for (const id of ['r-1', 'r-2']) {
      expect(await findReferral(database.pool, id)).toEqual(fold<ReferralDocument>(projectReferral, onlyFor(id)));
    }
    expect(await findReferral(database.pool, 'r-1')).toMatchObject({
      status: 'Accepted', revision: 2, matchedSlot: { slotId: 's1', placementStatus: 'Interrupted' },
    });
    expect(await findReferral(database.pool, 'r-2')).toMatchObject({ status: 'Created', matchedSlot: { slotId: 's2', placementStatus: 'Matched' } });
  });

  it('changes no row when the whole history is delivered once more', async () => {
    const tables = ['contracts_v1', 'contract_commitments_v1', 'commitments_v1', 'referrals_v1'];
    const before = await Promise.all(tables.map(rows));
    for (const recorded of events) for (const projection of PROJECTIONS) await applyDirectly(database.pool, projection, recorded);
    expect(await Promise.all(tables.map(rows))).toEqual(before);
  });
});
