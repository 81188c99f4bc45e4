import type { DevTokenClaims } from '@kravspar/http';
import { recordLifecycle } from './procurement-read-models.fixtures';
import { createTestDatabase } from '@kravspar/testing';
import { startQueryApi, type RunningQueryApi } from './query-api-app.fixtures';

// P5 (OSL 19:3) over HTTP: the raw bodies, not just the parsed fields, must not carry another supplier's
// bid. Fixture bids: acme (bid-acme, 3 800 000), bygg (bid-bygg, 3 500 000), cleanco (withdrawn, 3 900 000).

let api: RunningQueryApi;

beforeAll(async () => {
  api = await startQueryApi(await createTestDatabase());
  await recordLifecycle(api.pool, 'awarded', 'waste', 'AwardDecided');
  await recordLifecycle(api.pool, 'notified', 'waste', 'InterimOrderIssued');
  await recordLifecycle(api.pool, 'ready', 'waste', 'StandstillEnded');
});
afterAll(() => api?.close());

const officer: DevTokenClaims = { role: 'procurement-officer', userId: 'o-1', unitId: 'procurement-support' };
const ownBuyer: DevTokenClaims = { role: 'buyer', userId: 'b-1', unitId: 'waste' };
const otherBuyer: DevTokenClaims = { role: 'buyer', userId: 'b-2', unitId: 'schools' };
const socialWelfare: DevTokenClaims = { role: 'social-welfare', userId: 'sw-1', unitId: 'social-welfare' };
const labourMarket: DevTokenClaims = { role: 'labour-market', userId: 'lm-1', unitId: 'arbetsliv-och-etablering' };
const auditor: DevTokenClaims = { role: 'auditor', userId: 'a-1', unitId: 'audit' };
const acme: DevTokenClaims = { role: 'supplier', userId: 'acme-user', supplierId: 'acme' };
const other: DevTokenClaims = { role: 'supplier', userId: 'other-user', supplierId: 'other' };

const OTHERS_THAN_ACME = ['bid-bygg', 'bygg', '3500000', 'bid-cleanco', 'cleanco', '3900000'];
const ACME = ['bid-acme', '"acme"', '3800000'];

describe('P5 before the award notification', () => {
  it.each([
    ['a buyer of another unit', otherBuyer],
    ['social-welfare', socialWelfare],
    ['labour-market', labourMarket],
    ['an auditor', auditor],
    ['a supplier without a bid', other],
  ])('shows %s no bid id, bidder or price in the detail or the list', async (_, reader) => {
    for (const route of ['/procurements/awarded', '/procurements?pageSize=200']) {
      const { status, text } = await api.get(route, reader);
      expect(status).toBe(200);
      for (const secret of [...OTHERS_THAN_ACME, ...ACME]) expect(text).not.toContain(secret);
    }
    const row = (await api.get('/procurements?pageSize=200', reader)).body.items.find((item: { id: string }) => item.id === 'awarded');
    expect(row).toMatchObject({ status: 'AwardDecided', bidCount: null });
  });

  it('shows the bidding supplier its own bid and nothing of the others', async () => {
    const { status, text, body } = await api.get('/procurements/awarded', acme);
    expect(status).toBe(200);
    expect(body.bids).toEqual([expect.objectContaining({ bidId: 'bid-acme', supplierId: 'acme', price: { amount: 3_800_000, currency: 'SEK' } })]);
    for (const secret of [...OTHERS_THAN_ACME, '"score"', '"winner"', 'winnerBidIds']) expect(text).not.toContain(secret);
  });

  it('shows the procurement team every bid, score and the count', async () => {
    for (const reader of [officer, ownBuyer]) {
      const { body } = await api.get('/procurements/awarded', reader);
      expect(body.bids.map((bid: { bidId: string }) => bid.bidId)).toEqual(['bid-cleanco', 'bid-acme', 'bid-bygg']);
      expect(body).toMatchObject({ bidCount: 2, award: { winnerBidIds: ['bid-acme'] } });
    }
  });

  it('shows an auditor the timeline without supplier actors or bid ids, and the team with them', async () => {
    const { status, text, body } = await api.get('/procurements/awarded/timeline', auditor);
    expect(status).toBe(200);
    for (const secret of [...OTHERS_THAN_ACME, ...ACME, 'acme-user']) expect(text).not.toContain(secret);
    expect(body.items.find((entry: { type: string }) => entry.type === 'BidReceived')).toMatchObject({ actor: null, flags: [] });
    const team = await api.get('/procurements/awarded/timeline', ownBuyer);
    expect(team.text).toContain('bid-bygg');
    expect(team.body.items.find((entry: { type: string }) => entry.type === 'ClarificationAnswered').flags).toEqual(['answer-requires-extension']);
  });
});

describe('P5 after the award notification', () => {
  it.each([
    ['an auditor', auditor],
    ['a supplier without a bid', other],
    ['social-welfare', socialWelfare],
  ])('shows %s every bid, in the detail, the list and (where allowed) the timeline', async (_, reader) => {
    const { body } = await api.get('/procurements/notified', reader);
    expect(body.bids.map((bid: { bidId: string }) => bid.bidId)).toEqual(['bid-cleanco', 'bid-acme', 'bid-bygg']);
    const row = (await api.get('/procurements?pageSize=200', reader)).body.items.find((item: { id: string }) => item.id === 'notified');
    expect(row).toMatchObject({ bidCount: 2, underReview: true });
  });
});

describe('GET /standstill-board', () => {
  it('lists the procurement in standstill for an officer, with its review and interim order', async () => {
    const { status, body, text } = await api.get('/standstill-board', officer);
    expect(status).toBe(200);
    expect(body.items).toEqual([
      expect.objectContaining({ id: 'notified', standstillLastDay: '2026-05-04', signingAllowedFrom: '2026-05-05', underReview: true, interimOrderInForce: true }),
    ]);
    expect(text).not.toContain('bid-');
  });

  it.each([ownBuyer, otherBuyer, socialWelfare, labourMarket, auditor, acme])('refuses $role with 403', async (reader) => {
    expect((await api.get('/standstill-board', reader)).status).toBe(403);
  });

  it('answers 401 without a token', async () => {
    expect((await api.get('/standstill-board')).status).toBe(401);
  });
});
