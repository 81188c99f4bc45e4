import { ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Actor } from '@kravspar/domain';
import { runMigrations } from '@kravspar/postgres';
import { readStoreMigrations } from '@kravspar/read-store';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { GetProcurementHandler, GetProcurementQuery } from './procurement-detail/get-procurement.query';
import { ListProcurementsHandler, ListProcurementsQuery } from './procurement-list/list-procurements.query';
import { GetProcurementTimelineHandler, GetProcurementTimelineQuery } from './procurement-timeline/get-procurement-timeline.query';
import { recordLifecycle, recordProcurement } from './procurement-read-models.fixtures';
import { GetStandstillBoardHandler } from './standstill-board/get-standstill-board.query';

const officer: Actor = { userId: 'o-1', role: 'procurement-officer', unitId: 'procurement-support' };
const wasteBuyer: Actor = { userId: 'b-1', role: 'buyer', unitId: 'waste' };
const schoolsBuyer: Actor = { userId: 'b-2', role: 'buyer', unitId: 'schools' };
const auditor: Actor = { userId: 'a-1', role: 'auditor', unitId: 'audit' };
const supplier: Actor = { userId: 's-1', role: 'supplier', unitId: 'supplier:acme', supplierId: 'acme' };

let database: TestDatabase;
let list: ListProcurementsHandler;
let detail: GetProcurementHandler;
let timeline: GetProcurementTimelineHandler;
let board: GetStandstillBoardHandler;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
  await recordProcurement(database.pool, 'planning', 'waste', ['initiate', 'addCriterion']);
  await recordProcurement(database.pool, 'published', 'waste', ['initiate', 'addCriterion', 'publish']);
  await recordProcurement(database.pool, 'cancelled-unpublished', 'schools', ['initiate', 'cancel']);
  await recordProcurement(database.pool, 'cancelled-published', 'schools', ['initiate', 'publish', 'cancel']);
  list = new ListProcurementsHandler(database.pool);
  detail = new GetProcurementHandler(database.pool);
  timeline = new GetProcurementTimelineHandler(database.pool);
  board = new GetStandstillBoardHandler(database.pool);
  await recordLifecycle(database.pool, 'in-review', 'waste', 'InterimOrderIssued');
  await recordLifecycle(database.pool, 'notified', 'schools', 'AwardNotificationSent');
  await recordLifecycle(database.pool, 'extended', 'schools', 'ReviewDecided');
  await recordLifecycle(database.pool, 'signed', 'waste');
});
afterAll(() => database.drop());

const ids = async (actor: Actor, criteria: Partial<ListProcurementsQuery['criteria']> = {}) =>
  (await list.execute(new ListProcurementsQuery(actor, { page: 1, pageSize: 50, ...criteria }))).items.map((i) => i.id).sort();

describe('ListProcurementsQuery', () => {
  it('shows internal roles every procurement, filtered by status and buyer unit', async () => {
    expect(await ids(officer)).toEqual(['cancelled-published', 'cancelled-unpublished', 'extended', 'in-review', 'notified', 'planning', 'published', 'signed']);
    expect(await ids(auditor, { status: 'Cancelled' })).toEqual(['cancelled-published', 'cancelled-unpublished']);
    expect(await ids(wasteBuyer, { buyerUnitId: 'waste' })).toEqual(['in-review', 'planning', 'published', 'signed']);
    expect(await ids(auditor, { status: 'Standstill' })).toEqual(['extended', 'in-review', 'notified']);
  });

  it('shows suppliers only procurements that were published, whatever they filter on', async () => {
    expect(await ids(supplier)).toEqual(['cancelled-published', 'extended', 'in-review', 'notified', 'published', 'signed']);
    expect(await ids(supplier, { status: 'Planning' })).toEqual([]);
  });

  it('answers a page with the list fields and the total', async () => {
    const page = await list.execute(new ListProcurementsQuery(officer, { status: 'Published', page: 1, pageSize: 1 }));
    expect(page).toEqual({
      page: 1, pageSize: 1, total: 1,
      items: [{ id: 'published', title: 'Upphandling published', status: 'Published', underReview: false, buyerUnitId: 'waste', tenderDeadline: '2026-04-11T12:00:00+02:00', socialCriteriaCount: 1, bidCount: 0, revision: 2 }],
    });
  });
});

describe('GetProcurementQuery', () => {
  it('answers the document at its revision', async () => {
    const document = await detail.execute(new GetProcurementQuery(wasteBuyer, 'published'));
    expect(document).toMatchObject({ id: 'published', status: 'Published', revision: 2, standstillLastDay: null, reviews: [], bids: [] });
    expect(document.socialCriteria).toHaveLength(1);
  });

  it('answers 404 for an unknown procurement', async () => {
    await expect(detail.execute(new GetProcurementQuery(officer, 'nowhere'))).rejects.toThrow(NotFoundException);
  });

  it('answers suppliers 404 for a procurement never published, and shows them a published one', async () => {
    await expect(detail.execute(new GetProcurementQuery(supplier, 'planning'))).rejects.toThrow(NotFoundException);
    await expect(detail.execute(new GetProcurementQuery(supplier, 'cancelled-unpublished'))).rejects.toThrow(NotFoundException);
    await expect(detail.execute(new GetProcurementQuery(supplier, 'published'))).resolves.toMatchObject({ id: 'published' });
  });
});

describe('GetProcurementTimelineQuery', () => {
  it('lists every event in stream order for an officer, an auditor and a buyer of the procurement\'s unit', async () => {
    for (const actor of [officer, auditor, wasteBuyer]) {
      const { items } = await timeline.execute(new GetProcurementTimelineQuery(actor, 'published'));
      expect(items.map((entry) => entry.type)).toEqual(['ProcurementInitiated', 'SocialCriterionAdded', 'ProcurementPublished']);
    }
  });

  it('refuses a buyer of another unit with 403', async () => {
    await expect(timeline.execute(new GetProcurementTimelineQuery(schoolsBuyer, 'published'))).rejects.toThrow(ForbiddenException);
  });

  it('answers 404 for an unknown procurement', async () => {
    await expect(timeline.execute(new GetProcurementTimelineQuery(officer, 'nowhere'))).rejects.toThrow(NotFoundException);
  });
});

describe('GetStandstillBoardQuery', () => {
  it('lists the procurements in standstill, the earliest last day first, with reviews and interim orders', async () => {
    const review = { caseNo: 'FR 1234-26', court: 'Förvaltningsrätten i Stockholm', filedAt: '2026-04-28T10:00:00+02:00' };
    expect(await board.execute()).toEqual({
      items: [
        { id: 'in-review', title: 'Upphandling in-review', buyerUnitId: 'waste', standstillLastDay: '2026-05-04', signingAllowedFrom: '2026-05-05', underReview: true, interimOrderInForce: true, reviews: [{ ...review, decided: false }] },
        { id: 'notified', title: 'Upphandling notified', buyerUnitId: 'schools', standstillLastDay: '2026-05-04', signingAllowedFrom: '2026-05-05', underReview: false, interimOrderInForce: false, reviews: [] },
        { id: 'extended', title: 'Upphandling extended', buyerUnitId: 'schools', standstillLastDay: '2026-05-18', signingAllowedFrom: '2026-05-19', underReview: false, interimOrderInForce: false, reviews: [{ ...review, decided: true }] },
      ],
    });
  });
});
