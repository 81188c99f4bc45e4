import { GOTLAND } from './support/gotland';
import { Story } from './support/story';
import { SystemUnderTest } from './support/system-under-test';

/**
 * The access log (requirement: every read of bid details before the award notification and every read of
 * candidate data is recorded — who, when, what — and readable by auditors; never a token or a candidate's
 * field in it).
 */
let system: SystemUnderTest;
let story: Story;
let socialWelfare: string;
let auditor: string;
const CANDIDATE = { name: 'Loggad Kandidatsdotter-4471', personalNumber: '19850412-4471', contact: { phone: '0498-447100' } };

interface Entry { readAt: string; kind: string; actor: { userId: string; role: string; unitId: string | null; supplierId: string | null }; route: string; objectIds: string[]; correlationId: string | null }
interface Page { items: Entry[]; page: number; pageSize: number; total: number }

beforeAll(async () => {
  system = await SystemUnderTest.start();
  story = await Story.cast(system, GOTLAND.supplierId, GOTLAND.buyerUnitId);
  socialWelfare = await system.token({ role: 'social-welfare', unitId: 'socialtjanst', userId: 'welfare-1' });
  auditor = await system.token({ role: 'auditor', unitId: 'revision', userId: 'auditor-1' });
}, 60_000);
afterAll(() => system.stop());

const log = async (query = '') => {
  const answer = await system.queries.get<Page>(`/audit/access-log${query}`, auditor);
  expect(answer.status).toBe(200);
  return answer.body;
};

it('records reads of secret bids and of candidates, for auditors only, without tokens or candidate fields', async () => {
  await story.moveClockTo('2026-03-02T09:00:00+01:00');
  const { id } = await story.command<{ id: string }>('/procurements', { title: 'Loggad upphandling', buyerUnitId: GOTLAND.buyerUnitId, procedure: 'open', regime: 'directive', estimatedValue: { amount: 1_000_000, currency: 'SEK' } }, story.tokens.buyer, 201);
  const p = `/procurements/${id}`;
  await story.command(`${p}/publish`, { publishedAt: '2026-03-02T09:00:00+01:00', tenderDeadline: '2026-04-07T12:00:00+02:00', electronicTenders: true });
  await story.moveClockTo('2026-03-16T10:00:00+01:00');
  const own = await story.command<{ bidId: string }>(`${p}/bids`, { price: { amount: 900_000, currency: 'SEK' } }, story.tokens.supplier, 201);
  const other = await story.command<{ bidId: string }>(`${p}/bids`, { price: { amount: 950_000, currency: 'SEK' } }, story.tokens.otherSupplier, 201);
  // Waits on the list, which records nothing, so that every detail read below sees both bids.
  await story.eventually<{ items: { id: string; bidCount: number | null }[] }>('/procurements', (l) => l.items.some((i) => i.id === id && i.bidCount === 2));
  expect(await log()).toMatchObject({ items: [], total: 0 });

  const read = async (token: string, correlationId: string) => {
    const answer = await system.queries.request<{ bids: { bidId: string }[] }>('GET', p, { token, headers: { 'x-correlation-id': correlationId } });
    expect(answer.status).toBe(200);
    return answer.body.bids.map((bid) => bid.bidId).sort();
  };
  expect(await read(story.tokens.officer, 'officer-read')).toEqual([own.bidId, other.bidId].sort());
  expect(await read(story.tokens.supplier, 'supplier-read')).toEqual([own.bidId]);
  expect(await read(socialWelfare, 'welfare-read')).toEqual([]); // no bid in the answer: nothing to record

  const referral = await story.command<{ id: string }>('/referrals', { targetGroupCode: 'far-from-labour-market', candidate: CANDIDATE }, story.tokens.labourMarket, 201);
  const detail = await story.eventually<{ candidateRef: string; candidate: { name: string } | null }>(`/referrals/${referral.id}`, (r) => r.candidate !== null, story.tokens.labourMarket);
  expect(detail.candidate?.name).toBe(CANDIDATE.name);

  const all = await log();
  const bidReads = all.items.filter((entry) => entry.kind === 'bid-details');
  expect(bidReads).toEqual([
    { id: expect.any(Number), readAt: expect.stringMatching(/^2026-03-16T09:/), kind: 'bid-details', route: 'GET /procurements/{id}', correlationId: 'officer-read',
      actor: { userId: 'officer-1', role: 'procurement-officer', unitId: 'procurement-support', supplierId: null }, objectIds: [id, own.bidId, other.bidId] },
    { id: expect.any(Number), readAt: expect.stringMatching(/^2026-03-16T09:/), kind: 'bid-details', route: 'GET /procurements/{id}', correlationId: 'supplier-read',
      actor: { userId: `${GOTLAND.supplierId}-user`, role: 'supplier', unitId: `supplier:${GOTLAND.supplierId}`, supplierId: GOTLAND.supplierId }, objectIds: [id, own.bidId] },
  ]);
  const candidateReads = all.items.filter((entry) => entry.kind === 'candidate-data');
  expect(candidateReads.length).toBeGreaterThanOrEqual(1); // `eventually` may have read more than once
  for (const entry of candidateReads) {
    expect(entry).toMatchObject({ route: 'GET /referrals/{id}', actor: { userId: 'matcher-1', role: 'labour-market', unitId: 'arbetsliv-och-etablering' }, objectIds: [referral.id, detail.candidateRef] });
  }
  expect(all.total).toBe(bidReads.length + candidateReads.length);

  // Filters and pages.
  expect((await log('?kind=candidate-data')).total).toBe(candidateReads.length);
  expect((await log(`?userId=${GOTLAND.supplierId}-user`)).items.map((e) => e.correlationId)).toEqual(['supplier-read']);
  expect((await log(`?objectId=${other.bidId}`)).items.map((e) => e.correlationId)).toEqual(['officer-read']);
  expect((await log('?from=2026-03-16T10:00:00%2B01:00&to=2026-03-16T11:00:00%2B01:00&kind=bid-details')).total).toBe(2);
  expect((await log('?to=2026-03-16T10:00:00%2B01:00')).total).toBe(0);
  expect(await log('?pageSize=1&page=2&kind=bid-details')).toMatchObject({ page: 2, pageSize: 1, total: 2, items: [{ correlationId: 'supplier-read' }] });
  expect(await log('?page=9')).toMatchObject({ items: [], total: all.total });
  expect((await system.queries.get('/audit/access-log?kind=everything', auditor)).status).toBe(400);
  for (const token of [story.tokens.officer, story.tokens.buyer, story.tokens.labourMarket, story.tokens.supplier, story.tokens.admin, socialWelfare]) {
    expect((await system.queries.get('/audit/access-log', token)).status).toBe(403);
  }

  // After the award notification the bids are public: reading them is no longer recorded.
  await story.moveClockTo('2026-04-08T09:00:00+02:00');
  await story.command(`${p}/open-bids`, { openedAt: '2026-04-08T09:00:00+02:00', openers: ['officer-1', 'officer-2'] });
  for (const bidId of [own.bidId, other.bidId]) await story.command(`${p}/bids/${bidId}/qualify`);
  await story.command(`${p}/evaluate`, { ranking: [{ bidId: own.bidId, score: 90 }, { bidId: other.bidId, score: 80 }] });
  await story.command(`${p}/award-decision`, { winnerBidIds: [own.bidId], reasons: 'Lägst pris bland de kvalificerade anbuden; båda uppfyller kraven' });
  await story.command(`${p}/award-notification`, { sentAt: '2026-04-08T09:05:00+02:00', channel: 'electronic' });
  await story.eventually<{ items: { id: string; bidCount: number | null }[] }>('/procurements', (l) => l.items.some((i) => i.id === id && i.bidCount === 2), story.tokens.otherSupplier);
  const before = (await log('?kind=bid-details')).total;
  expect(await read(story.tokens.otherSupplier, 'after-notification')).toEqual([own.bidId, other.bidId].sort());
  expect(await read(story.tokens.officer, 'after-notification')).toHaveLength(2);
  expect((await log('?kind=bid-details')).total).toBe(before);

  // The table holds ids and roles: no token, no candidate field.
  const { rows } = await system.database.pool.query<{ row: string }>('SELECT t::text AS row FROM access_log t');
  const text = rows.map((r) => r.row).join('\n');
  expect(rows.length).toBe(all.total);
  for (const secret of [...Object.values(story.tokens), socialWelfare, auditor, CANDIDATE.name, CANDIDATE.personalNumber, CANDIDATE.contact.phone, 'Bearer']) {
    expect(text.includes(secret)).toBe(false);
  }
  // Append-only: an entry cannot be changed or removed.
  await expect(system.database.pool.query('DELETE FROM access_log')).rejects.toThrow(/append-only/);
  await expect(system.database.pool.query(`UPDATE access_log SET user_id = 'someone-else'`)).rejects.toThrow(/append-only/);
});
