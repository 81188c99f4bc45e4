import type { DevTokenClaims } from '@kravspar/http';
import { recordProcurement } from './procurement-read-models.fixtures';
import { createTestDatabase } from '@kravspar/testing';
import { startQueryApi, type RunningQueryApi } from './query-api-app.fixtures';

let api: RunningQueryApi;

beforeAll(async () => {
  api = await startQueryApi(await createTestDatabase());
  await recordProcurement(api.pool, 'planning', 'waste', ['initiate', 'addCriterion']);
  await recordProcurement(api.pool, 'published', 'waste', ['initiate', 'addCriterion', 'publish']);
});
afterAll(() => api?.close());

const officer: DevTokenClaims = { role: 'procurement-officer', userId: 'o-1', unitId: 'procurement-support' };
const supplier: DevTokenClaims = { role: 'supplier', userId: 's-1', supplierId: 'acme' };
const get = (route: string, claims?: DevTokenClaims) => api.get(route, claims);

describe('query-api over HTTP', () => {
  it('answers 401 without a token', async () => {
    expect((await get('/procurements')).status).toBe(401);
  });

  it('lists procurements as a page; a supplier sees the published one only', async () => {
    expect((await get('/procurements', officer)).body).toMatchObject({ page: 1, pageSize: 50, total: 2 });
    const { status, body } = await get('/procurements?pageSize=10', supplier);
    expect(status).toBe(200);
    expect(body).toEqual({ page: 1, pageSize: 10, total: 1, items: [expect.objectContaining({ id: 'published', status: 'Published' })] });
  });

  it.each([
    ['pageSize=201', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['status=Bogus', 'status'],
    ['colour=red', 'colour'],
  ])('refuses ?%s with a 400 problem naming %s', async (query, field) => {
    const { status, headers, body } = await get(`/procurements?${query}`, officer);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('accepts every lifecycle status as a filter', async () => {
    for (const status of ['BidsOpened', 'Evaluating', 'AwardDecided', 'Standstill', 'ReadyToContract', 'Concluded']) {
      expect((await get(`/procurements?status=${status}`, officer)).status).toBe(200);
    }
  });

  it('answers one procurement with its revision as the ETag, and 404 for an unknown one', async () => {
    const { status, headers, body } = await get('/procurements/published', { role: 'social-welfare', userId: 'sw-1', unitId: 'social-welfare' });
    expect(status).toBe(200);
    expect(headers.get('etag')).toBe('"2"');
    expect(body).toMatchObject({ id: 'published', status: 'Published', revision: 2 });
    expect((await get('/procurements/nowhere', officer)).status).toBe(404);
  });

  it('answers a supplier 404 for a procurement still in planning', async () => {
    expect((await get('/procurements/planning', supplier)).status).toBe(404);
  });

  it('shows the timeline to the buyer unit of the procurement and refuses other buyers and suppliers', async () => {
    const own = await get('/procurements/published/timeline', { role: 'buyer', userId: 'b-1', unitId: 'waste' });
    expect(own.status).toBe(200);
    expect(own.body.items).toHaveLength(3);
    expect((await get('/procurements/published/timeline', { role: 'buyer', userId: 'b-2', unitId: 'schools' })).status).toBe(403);
    expect((await get('/procurements/published/timeline', supplier)).status).toBe(403);
  });

  it('describes the four routes in the OpenAPI document', async () => {
    const { body } = await get('/docs-json');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/procurements', '/procurements/{id}', '/procurements/{id}/timeline', '/standstill-board']),
    );
    const parameters = body.paths['/procurements'].get.parameters.map((p: { name: string }) => p.name);
    expect(parameters).toEqual(expect.arrayContaining(['status', 'buyerUnitId', 'page', 'pageSize']));
  });
});
