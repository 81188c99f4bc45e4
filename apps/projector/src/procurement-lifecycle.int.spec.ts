import type { Pool } from 'pg';
import { eventStoreMigrations, PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { projectProcurement, projectTimeline, type ProcurementDocument, type ProcurementTimeline } from '@kravspar/read-models';
import { event, revisionOf } from '../../../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { findProcurement, readStoreMigrations, readTimeline } from '@kravspar/read-store';
import { officer } from '@kravspar/domain/procurement/procurement.fixtures';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { appendLifecycle } from './procurement-lifecycle.fixtures';
import { procurementTimelineProjection } from '@kravspar/projections';
import { procurementsProjection } from '@kravspar/projections';
import type { Projection } from '@kravspar/projections';

let database: TestDatabase;
let store: PostgresEventStore;
let events: RecordedEvent[];
const NOTIFICATION = revisionOf('AwardNotificationSent');

// The notification's time was registered wrongly; the correction moves the standstill past the signing.
const correction = event('RegistrationCorrected', {
  revision: NOTIFICATION, eventType: 'AwardNotificationSent', field: 'sentAt', correctedValue: '2026-05-08T09:00:00+02:00',
  reason: 'Fel datum', standstillLastDay: '2026-05-19',
}, '2026-05-26T09:00:00+02:00');

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, readStoreMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-05-27T08:00:00Z')));
  await appendLifecycle(store, 'whole', [[correction, officer]]);
  events = await store.readStream('procurement-whole');
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

async function applyDirectly(pool: Pool, projection: Projection, recorded: RecordedEvent): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await projection.apply(client, recorded);
    await client.query('COMMIT');
  } finally {
    client.release();
  }
}

const rows = (table: string) => database.pool.query(`SELECT * FROM ${table} ORDER BY 1, 2`).then((result) => result.rows);

describe('the procurement projections over a whole lifecycle, every event delivered twice', () => {
  beforeAll(async () => {
    for (const recorded of events) {
      for (const projection of [procurementsProjection, procurementTimelineProjection]) {
        await applyDirectly(database.pool, projection, recorded);
        await applyDirectly(database.pool, projection, recorded);
      }
    }
  });

  it('stores the document the pure fold gives, with the list and board columns copied from it', async () => {
    const folded = events.reduce<ProcurementDocument | undefined>(projectProcurement, undefined)!;
    expect(await findProcurement(database.pool, 'whole')).toEqual(JSON.parse(JSON.stringify(folded)));
    const [row] = await rows('procurements_v2');
    expect(row).toMatchObject({ status: 'Concluded', under_review: false, bid_count: 2, bids_disclosed: true, revision: events.length - 1 });
  });

  it('stores the timeline the pure fold gives: one entry per event, the corrected entry marked once', async () => {
    const folded = events.reduce<ProcurementTimeline | undefined>(projectTimeline, undefined)!;
    const timeline = await readTimeline<{ revision: number; flags: string[] }>(database.pool, 'whole');
    expect(timeline).toEqual(JSON.parse(JSON.stringify(folded.entries)));
    expect(timeline[NOTIFICATION].flags).toEqual(['late-registration', 'corrected']);
    // Recorded a day after it was made: within the 7 days, so not a late registration itself.
    expect(timeline.at(-1)!.flags).toEqual([`correction-of:${NOTIFICATION}`, 'signed-inside-standstill']);
  });

  it('changes no row when the whole history is delivered once more', async () => {
    const before = [await rows('procurements_v2'), await rows('procurement_timeline_v2'), await rows('procurement_timeline_state_v2')];
    for (const recorded of events) {
      await applyDirectly(database.pool, procurementsProjection, recorded);
      await applyDirectly(database.pool, procurementTimelineProjection, recorded);
    }
    expect([await rows('procurements_v2'), await rows('procurement_timeline_v2'), await rows('procurement_timeline_state_v2')]).toEqual(before);
  });
});
