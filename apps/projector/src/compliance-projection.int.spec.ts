import type { Pool } from 'pg';
import { eventStoreMigrations, PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { projectCommitmentCompliance, projectContractCompliance } from '@kravspar/read-models';
import { complianceMigrations, findContractCompliance, readStoreMigrations } from '@kravspar/read-store';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { acme, commitmentStream, contractStream, event, owner } from '../../../libs/read-models/src/follow-up-events.fixtures';
import { complianceProjection } from '@kravspar/projections';
import { appendFollowUp, FOLLOW_UP } from './follow-up.fixtures';

const system = { userId: 'workflow', role: 'system', unitId: 'system' } as const;
const PERIOD = { start: '2026-06-01', end: '2026-08-31' };
const ACTS = [
  ...FOLLOW_UP,
  [contractStream(), event('FollowUpMeetingHeld', { heldAt: '2026-09-10T13:00:00+02:00', participants: ['buyer', 'supplier'] }), owner],
  [commitmentStream(), event('SupplierReportSubmitted', { period: PERIOD, counts: { offered: 3, started: 1, ongoing: 0, completed: 0 } }), acme],
  [commitmentStream(), event('ReportOverdue', { period: { start: '2026-09-01', end: '2026-11-30' }, dueDate: '2026-12-30' }), system],
  [contractStream(), event('DeviationRecorded', { deviationId: 'd-1', observedAt: '2027-01-05T08:00:00+01:00', criterionId: 'crit-work-training', severity: 'major', description: 'Rapport saknas' }), owner],
  [contractStream(), event('RectificationRequested', { deviationId: 'd-1', deadline: '2027-01-31' }), owner],
  [contractStream(), event('PenaltyImposed', { penaltyId: 'p-1', deviationId: 'd-1', criterionId: 'crit-work-training', sanction: 'vite-per-saknad-plats', amount: { amount: 10_000, currency: 'SEK' } }), owner],
  [contractStream(), event('PenaltyWaived', { penaltyId: 'p-1', justification: 'Oproportionerligt' }), owner],
] as const;

let database: TestDatabase;
let store: PostgresEventStore;
let events: RecordedEvent[];

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  await runMigrations(database.pool, complianceMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2027-01-06T08:00:00Z')));
  await appendFollowUp(store, ACTS);
  events = await store.readAll();
  // Each event delivered twice, without the checkpoint that would pass over the repeat.
  for (const recorded of events) {
    await applyDirectly(database.pool, recorded);
    await applyDirectly(database.pool, recorded);
  }
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

async function applyDirectly(pool: Pool, recorded: RecordedEvent): Promise<void> {
  if (!complianceProjection.filter.streamPrefixes?.some((prefix) => recorded.streamId.startsWith(prefix))) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await complianceProjection.apply(client, recorded);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const foldOf = <D>(project: (d: D | undefined, e: RecordedEvent) => D | undefined, streamId: string) =>
  JSON.parse(JSON.stringify(events.filter((e) => e.streamId === streamId).reduce<D | undefined>(project, undefined)));

describe('the compliance projection, every event delivered twice', () => {
  it('stores what the pure projections fold, once', async () => {
    const found = await findContractCompliance(database.pool, 'gotland-1');
    expect(found?.contract).toEqual(foldOf(projectContractCompliance, contractStream()));
    expect(found?.commitments).toEqual([foldOf(projectCommitmentCompliance, commitmentStream())]);
    expect(found?.contract).toMatchObject({ meetings: [expect.anything()], penalties: [{ penaltyId: 'p-1', waiver: { justification: 'Oproportionerligt' } }] });
  });

  it('keeps the columns the coverage counts on', async () => {
    const { rows: contracts } = await database.pool.query('SELECT id, procurement_id, meetings_held FROM contract_compliance_v1');
    expect(contracts).toEqual([{ id: 'gotland-1', procurement_id: 'gotland-2026-01', meetings_held: 1 }]);
    const { rows: commitments } = await database.pool.query('SELECT contract_id, reports_received FROM commitment_compliance_v1');
    expect(commitments).toEqual([{ contract_id: 'gotland-1', reports_received: 1 }]);
  });

  it('has no row for an unknown contract', async () => {
    expect(await findContractCompliance(database.pool, 'nope')).toBeUndefined();
  });
});
