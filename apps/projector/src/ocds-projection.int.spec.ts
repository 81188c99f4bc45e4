import type { RecordedEvent } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { OcdsLogFold, type OcdsRelease } from '@kravspar/read-models';
import { findOcdsReleases, listOcdsReleases, ocdsMigrations, readStoreMigrations } from '@kravspar/read-store';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { gotlandLog } from '../../../libs/read-models/src/ocds/ocds-log.fixtures';
import { ocdsProjection } from '@kravspar/projections';

// The OCDS projection on PostgreSQL: the fixture log (procurement, contract, commitment streams), each
// event delivered twice, gives the releases the in-memory fold gives, once each.

const log = gotlandLog();
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
  await runMigrations(database.pool, ocdsMigrations);
  for (const event of log) {
    for (let delivery = 0; delivery < 2; delivery++) {
      const client = await database.pool.connect();
      try {
        await client.query('BEGIN');
        await ocdsProjection.apply(client, event as unknown as RecordedEvent);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    }
  }
});
afterAll(async () => {
  await database.drop();
});

describe('the OCDS projection', () => {
  const fold = new OcdsLogFold();
  const expected = log.map((e) => fold.apply(e)).filter((entry) => entry !== undefined);

  it('stores each release once, in log order, as the in-memory fold makes them', async () => {
    const page = await listOcdsReleases<OcdsRelease>(database.pool, { page: 1, pageSize: 200 });
    expect(page.total).toBe(expected.length);
    expect(page.releases).toEqual(expected.map((entry) => entry.release));
    expect(page.latestRecordedAt).toBe(new Date(expected[expected.length - 1].recordedAt).toISOString());
    expect((await findOcdsReleases<OcdsRelease>(database.pool, 'gotland-2026-01')).releases).toEqual(page.releases);
    expect((await findOcdsReleases(database.pool, 'unknown')).releases).toEqual([]);
  });

  it('links the contract and commitment streams to their procurement', async () => {
    const { rows } = await database.pool.query('SELECT stream_id, procurement_id FROM ocds_stream_links_v1 ORDER BY stream_id');
    expect(rows).toEqual([
      { stream_id: 'commitment-gotland-1-work-training', procurement_id: 'gotland-2026-01' },
      { stream_id: 'contract-gotland-1', procurement_id: 'gotland-2026-01' },
    ]);
  });

  it('pages and filters by recorded time', async () => {
    const second = await listOcdsReleases<OcdsRelease>(database.pool, { page: 2, pageSize: 5 });
    expect(second.releases).toEqual(expected.slice(5, 10).map((entry) => entry.release));
    const since = new Date(expected[7].recordedAt).toISOString();
    const later = await listOcdsReleases<OcdsRelease>(database.pool, { since, page: 1, pageSize: 200 });
    expect(later.releases).toEqual(expected.filter((entry) => Date.parse(entry.recordedAt) >= Date.parse(since)).map((entry) => entry.release));
    expect(later.total).toBe(later.releases.length);
  });
});
