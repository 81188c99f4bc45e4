import { randomUUID } from 'node:crypto';
import { CommandApiUnderTest } from './support/command-api-under-test';

let api: CommandApiUnderTest;
let officer: string;

beforeAll(async () => {
  api = await CommandApiUnderTest.start();
  officer = await api.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
});
afterAll(async () => api.stop());

const procurement = { title: 'Städning av återvinningscentraler', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } };
const placementCriterion = {
  instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 3, reportingSchedule: 'quarterly',
  sanctions: ['vite-per-saknad-plats'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering',
};
/** A publication `days` after `publishedAt` (both in the past of the real clock). */
const publication = (days: number, publishedAt = '2026-01-12T09:00:00+01:00') => ({
  publishedAt,
  tenderDeadline: new Date(Date.parse(publishedAt) + days * 86_400_000).toISOString(),
  electronicTenders: false,
});

async function initiate(token = officer, body: object = procurement): Promise<string> {
  const answer = await api.http.post<{ id: string }>('/procurements', token, body);
  expect(answer.status).toBe(201);
  return answer.body.id;
}

async function eventsIn(id: string): Promise<string[]> {
  const { rows } = await api.database.pool.query<{ type: string }>('SELECT type FROM events WHERE stream_id = $1 ORDER BY revision', [`procurement-${id}`]);
  return rows.map((row) => row.type);
}

describe('command-api over HTTP', () => {
  it('creates a procurement: 201 with id, revision and ETag', async () => {
    const answer = await api.http.post('/procurements', officer, procurement);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String), revision: 0 });
    expect(answer.headers.get('etag')).toBe('"0"');
    expect(await eventsIn(answer.body.id as string)).toEqual(['ProcurementInitiated']);
  });

  it('answers 401 without a token, 403 for a supplier, 403 for a buyer of another unit', async () => {
    const noToken = await api.http.post('/procurements', undefined, procurement);
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get('content-type')).toContain('application/problem+json');
    const supplier = await api.token({ role: 'supplier', supplierId: 'städ-ab', userId: 's-1' });
    expect((await api.http.post('/procurements', supplier, procurement)).status).toBe(403);
    const otherBuyer = await api.token({ role: 'buyer', unitId: 'schools', userId: 'b-2' });
    expect((await api.http.post('/procurements', otherBuyer, procurement)).status).toBe(403);
    const ownBuyer = await api.token({ role: 'buyer', unitId: 'waste', userId: 'b-1' });
    expect((await api.http.post('/procurements', ownBuyer, procurement)).status).toBe(201);
  });

  it('refuses unknown and invalid fields with 400 naming them, storing nothing', async () => {
    const answer = await api.http.post<{ errors: { field: string }[] }>('/procurements', officer, { ...procurement, secretField: 1, procedure: 'auction' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((e) => e.field).sort()).toEqual(['procedure', 'secretField']);
    expect((await api.http.post('/procurements', officer, '{"title": ')).status).toBe(400);
    expect((await api.http.post('/procurements', officer, { ...procurement, title: 'x'.repeat(200_000) })).status).toBe(413);
  });

  it('refuses a 20-day tender period naming P2 and accepts 40 days', async () => {
    const id = await initiate();
    expect((await api.http.post(`/procurements/${id}/social-criteria`, officer, placementCriterion)).body).toMatchObject({ id, revision: 1, criterionId: expect.any(String) });
    const short = await api.http.post(`/procurements/${id}/publish`, officer, publication(20));
    expect(short.status).toBe(422);
    expect(short.body).toMatchObject({ status: 422, rule: 'P2', ruleRef: 'LOU 11:2, 11:6' });
    const long = await api.http.post(`/procurements/${id}/publish`, officer, publication(40));
    expect(long.status).toBe(200);
    expect(long.body).toEqual({ id, revision: 2 });
    expect(await eventsIn(id)).toEqual(['ProcurementInitiated', 'SocialCriterionAdded', 'ProcurementPublished']);
  });

  it('refuses a publication in the future of the clock naming T1', async () => {
    const id = await initiate();
    const answer = await api.http.post(`/procurements/${id}/publish`, officer, publication(40, new Date(Date.now() + 3_600_000).toISOString()));
    expect(answer.body).toMatchObject({ status: 422, rule: 'T1' });
  });

  it('cancels, then refuses later commands naming P10', async () => {
    const id = await initiate();
    const cancelled = await api.http.post(`/procurements/${id}/cancel`, officer, { reasonCategory: 'priceAboveBudget', justification: 'Över budget', cancelledAt: '2026-01-20T10:00:00+01:00' });
    expect(cancelled.status).toBe(200);
    const later = await api.http.post(`/procurements/${id}/publish`, officer, publication(40));
    expect(later.body).toMatchObject({ status: 422, rule: 'P10' });
  });

  it('answers a stale If-Match with 409 and the current revision', async () => {
    const id = await initiate();
    await api.http.post(`/procurements/${id}/social-criteria`, officer, { instrument: 'awardCriterion' });
    const stale = await api.http.post(`/procurements/${id}/publish`, officer, publication(40), { 'if-match': '"0"' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ status: 409, currentRevision: 1 });
    expect((await api.http.post(`/procurements/${id}/publish`, officer, publication(40), { 'if-match': '"1"' })).status).toBe(200);
  });

  it('stores one event for a command repeated with one Idempotency-Key and answers every repeat alike', async () => {
    const key = randomUUID();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await api.http.post('/procurements', officer, procurement, { 'idempotency-key': key }));
    expect(new Set(answers.map((a) => JSON.stringify([a.status, a.body, a.headers.get('etag')]))).size).toBe(1);
    expect(await eventsIn(answers[0].body.id as string)).toEqual(['ProcurementInitiated']);
    const reused = await api.http.post('/procurements', officer, { ...procurement, title: 'Annat' }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
  });

  it('answers 404 for a procurement that does not exist', async () => {
    expect((await api.http.post(`/procurements/${randomUUID()}/publish`, officer, publication(40))).status).toBe(404);
  });

  it('moves the test clock for an admin, and rules follow it', async () => {
    const admin = await api.token({ role: 'admin', unitId: 'it', userId: 'admin-1' });
    const future = new Date(Date.now() + 30 * 86_400_000);
    expect((await api.http.request('PUT', '/test-clock', { token: officer, body: { now: future.toISOString() } })).status).toBe(403);
    const moved = await api.http.request<{ now: string }>('PUT', '/test-clock', { token: admin, body: { now: future.toISOString() } });
    expect(moved.status).toBe(200);
    const read = await api.http.get<{ now: string }>('/test-clock', admin);
    expect(Date.parse(read.body.now) - future.getTime()).toBeGreaterThanOrEqual(0);
    expect(Date.parse(read.body.now) - future.getTime()).toBeLessThan(60_000);
    // Published "in ten days": the real clock's future, the moved clock's past.
    const id = await initiate();
    const answer = await api.http.post(`/procurements/${id}/publish`, officer, publication(40, new Date(Date.now() + 10 * 86_400_000).toISOString()));
    expect(answer.status).toBe(200);
  });
});
