import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import {
  findProcurement,
  listProcurementsInStandstill,
  loadProcurementForUpdate,
  saveProcurement,
  type StoredProcurement,
} from './procurement-documents';
import { listProcurements } from './procurement-list';
import {
  addTimelineFlag,
  insertTimelineEntry,
  loadTimelineStateForUpdate,
  readTimeline,
  saveTimelineState,
} from './procurement-timeline';
import { readStoreMigrations } from './read-store.migrations';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
});
afterAll(() => database.drop());

let minute = 0;
function procurement(id: string, fields: Partial<StoredProcurement<Record<string, unknown>>> = {}): StoredProcurement {
  const tenderDeadline = fields.tenderDeadline ?? null;
  const updatedAt = new Date(Date.UTC(2026, 2, 2, 9, minute++)).toISOString();
  return {
    id, revision: 0, status: 'Planning', underReview: false, buyerUnitId: 'waste', title: `Upphandling ${id}`, publishedAt: null,
    socialCriteriaCount: 0, bidCount: 0, bidsDisclosed: false, standstillLastDay: null, updatedAt, ...fields, tenderDeadline,
    document: { id, tenderDeadline: tenderDeadline ?? undefined, note: `revision ${fields.revision ?? 0}` },
  };
}

describe('procurement documents', () => {
  it('saves a document and replaces it only with a later revision', async () => {
    await saveProcurement(database.pool, procurement('doc-1', { revision: 2 }));
    await saveProcurement(database.pool, procurement('doc-1', { revision: 1 }));
    await saveProcurement(database.pool, procurement('doc-1', { revision: 2, title: 'Again' }));
    expect(await findProcurement(database.pool, 'doc-1')).toMatchObject({ note: 'revision 2' });
    await saveProcurement(database.pool, procurement('doc-1', { revision: 3 }));
    expect(await findProcurement(database.pool, 'doc-1')).toMatchObject({ note: 'revision 3' });
  });

  it('loads for update inside a transaction, and finds nothing for an unknown id', async () => {
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      expect(await loadProcurementForUpdate(client, 'doc-1')).toMatchObject({ id: 'doc-1' });
      expect(await loadProcurementForUpdate(client, 'unknown')).toBeUndefined();
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect(await findProcurement(database.pool, 'unknown')).toBeUndefined();
  });
});

describe('the procurement list', () => {
  beforeAll(async () => {
    await database.pool.query('DELETE FROM procurements_v2');
    const published = { status: 'Published', publishedAt: '2026-03-02T08:00:00+01:00', tenderDeadline: '2026-04-11T12:00:00+02:00' };
    await saveProcurement(database.pool, procurement('a', { buyerUnitId: 'waste' }));
    await saveProcurement(database.pool, procurement('b', { buyerUnitId: 'waste', ...published, socialCriteriaCount: 2, bidCount: 3, revision: 2 }));
    await saveProcurement(database.pool, procurement('c', { buyerUnitId: 'schools', ...published }));
    await saveProcurement(database.pool, procurement('d', { buyerUnitId: 'schools', status: 'Cancelled' }));
    await saveProcurement(database.pool, procurement('e', { buyerUnitId: 'waste', ...published, status: 'Cancelled' }));
  });

  const ids = async (filter: Parameters<typeof listProcurements>[1]) =>
    (await listProcurements(database.pool, filter)).items.map((item) => item.id);

  it('lists the most recently changed first, with the list fields and the tender deadline as written', async () => {
    const page = await listProcurements(database.pool, { page: 1, pageSize: 10 });
    expect(page).toMatchObject({ page: 1, pageSize: 10, total: 5 });
    expect(page.items.map((item) => item.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
    expect(page.items[3]).toEqual({
      id: 'b', title: 'Upphandling b', status: 'Published', underReview: false, buyerUnitId: 'waste',
      tenderDeadline: '2026-04-11T12:00:00+02:00', socialCriteriaCount: 2, bidCount: 3, bidsDisclosed: false, revision: 2,
    });
    expect(page.items[4].tenderDeadline).toBeNull();
  });

  it('filters by status, buyer unit, and to procurements that were published', async () => {
    expect(await ids({ status: 'Published', page: 1, pageSize: 10 })).toEqual(['c', 'b']);
    expect(await ids({ buyerUnitId: 'schools', page: 1, pageSize: 10 })).toEqual(['d', 'c']);
    // A procurement cancelled while still in planning was never public.
    expect(await ids({ publishedOnly: true, page: 1, pageSize: 10 })).toEqual(['e', 'c', 'b']);
    expect(await ids({ publishedOnly: true, buyerUnitId: 'waste', status: 'Cancelled', page: 1, pageSize: 10 })).toEqual(['e']);
  });

  it('pages with a total over all pages, and an empty page past the end', async () => {
    expect(await listProcurements(database.pool, { page: 2, pageSize: 2 })).toMatchObject({ total: 5, items: [{ id: 'c' }, { id: 'b' }] });
    expect(await listProcurements(database.pool, { page: 4, pageSize: 2 })).toEqual({ items: [], page: 4, pageSize: 2, total: 5 });
  });

  it('refuses a page below 1 and a page size above 200', async () => {
    await expect(listProcurements(database.pool, { page: 0, pageSize: 10 })).rejects.toThrow(RangeError);
    await expect(listProcurements(database.pool, { page: 1, pageSize: 201 })).rejects.toThrow(RangeError);
  });
});

describe('the procurement timeline', () => {
  it('stores an entry once per revision and reads them in stream order', async () => {
    await insertTimelineEntry(database.pool, 'p-1', { revision: 1, type: 'SocialCriterionAdded' });
    await insertTimelineEntry(database.pool, 'p-1', { revision: 0, type: 'ProcurementInitiated' });
    await insertTimelineEntry(database.pool, 'p-1', { revision: 1, type: 'SomethingElse' });
    await insertTimelineEntry(database.pool, 'p-2', { revision: 0, type: 'ProcurementInitiated' });
    expect(await readTimeline(database.pool, 'p-1')).toEqual([
      { revision: 0, type: 'ProcurementInitiated' },
      { revision: 1, type: 'SocialCriterionAdded' },
    ]);
    expect(await readTimeline(database.pool, 'none')).toEqual([]);
  });
});

describe('the timeline\'s flags and state', () => {
  it('adds a flag to an earlier entry once, however often it is added', async () => {
    await insertTimelineEntry(database.pool, 'p-3', { revision: 0, type: 'AwardNotificationSent', flags: ['late-registration'] });
    await addTimelineFlag(database.pool, 'p-3', 0, 'corrected');
    await addTimelineFlag(database.pool, 'p-3', 0, 'corrected');
    await addTimelineFlag(database.pool, 'p-3', 7, 'corrected');
    expect(await readTimeline(database.pool, 'p-3')).toEqual([{ revision: 0, type: 'AwardNotificationSent', flags: ['late-registration', 'corrected'] }]);
  });

  it('saves the state of a procurement and replaces it only with a later revision', async () => {
    await saveTimelineState(database.pool, 'p-3', 2, { revision: 2, standstillLastDay: '2026-05-04' });
    await saveTimelineState(database.pool, 'p-3', 1, { revision: 1, standstillLastDay: null });
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      expect(await loadTimelineStateForUpdate(client, 'p-3')).toEqual({ revision: 2, standstillLastDay: '2026-05-04' });
      expect(await loadTimelineStateForUpdate(client, 'none')).toBeUndefined();
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
});

describe('the standstill board query', () => {
  it('answers the documents in standstill, the earliest last day first', async () => {
    await saveProcurement(database.pool, procurement('late', { status: 'Standstill', standstillLastDay: '2026-05-20' }));
    await saveProcurement(database.pool, procurement('early', { status: 'Standstill', standstillLastDay: '2026-05-04' }));
    await saveProcurement(database.pool, procurement('ready', { status: 'ReadyToContract', standstillLastDay: '2026-05-01' }));
    const documents = await listProcurementsInStandstill<{ id: string }>(database.pool);
    expect(documents.map((document) => document.id)).toEqual(['early', 'late']);
  });
});
