import { SystemUnderTest } from './support/system-under-test';

let system: SystemUnderTest;
let officer: string;

beforeAll(async () => {
  system = await SystemUnderTest.start();
  officer = await system.token({ role: 'procurement-officer', unitId: 'procurement-support', userId: 'officer-1' });
});
afterAll(async () => system.stop());

const procurement = { title: 'Städning av återvinningscentraler', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } };

/** Polls `read` until `done` holds or `withinMs` passes; returns how long it took. */
async function timeUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  while (!done(await read())) {
    if (Date.now() - started > withinMs) throw new Error(`not visible within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe('a command reaches the read side', () => {
  it('shows a created procurement on query-api within 1 second, with its revision as ETag', async () => {
    const created = await system.commands.post<{ id: string }>('/procurements', officer, procurement);
    expect(created.status).toBe(201);
    const elapsed = await timeUntil(() => system.queries.get(`/procurements/${created.body.id}`, officer), (a) => a.status === 200, 1000);
    expect(elapsed).toBeLessThan(1000);
    const detail = await system.queries.get(`/procurements/${created.body.id}`, officer);
    expect(detail.body).toMatchObject({ id: created.body.id, title: procurement.title, status: 'Planning', revision: 0 });
    expect(detail.headers.get('etag')).toBe('"0"');
  });

  it('follows publication and cancellation into the list, the detail and the timeline', async () => {
    const { body } = await system.commands.post<{ id: string }>('/procurements', officer, procurement);
    const id = body.id;
    await system.commands.post(`/procurements/${id}/publish`, officer, { publishedAt: '2026-01-12T09:00:00+01:00', tenderDeadline: '2026-02-23T12:00:00+01:00', electronicTenders: true });
    const cancelled = await system.commands.post(`/procurements/${id}/cancel`, officer, { reasonCategory: 'other', justification: 'Behovet föll bort', cancelledAt: '2026-01-20T10:00:00+01:00' });
    expect(cancelled.body).toEqual({ id, revision: 2 });
    await timeUntil(() => system.queries.get<{ revision: number }>(`/procurements/${id}`, officer), (a) => a.body?.revision === 2, 2000);
    const list = await system.queries.get<{ items: { id: string; status: string }[] }>('/procurements?status=Cancelled', officer);
    expect(list.body.items.find((item) => item.id === id)).toMatchObject({ status: 'Cancelled' });
    const timeline = await system.queries.get<{ items: { type: string; ruleRefs: string[] }[] }>(`/procurements/${id}/timeline`, officer);
    expect(timeline.body.items.map((entry) => entry.type)).toEqual(['ProcurementInitiated', 'ProcurementPublished', 'ProcurementCancelled']);
    expect(timeline.body.items[1].ruleRefs).toEqual(['P1', 'P2', 'T1']);
  });

  it('answers 401 without a token on both APIs and 403 to a supplier creating a procurement', async () => {
    expect((await system.commands.post('/procurements', undefined, procurement)).status).toBe(401);
    expect((await system.queries.get('/procurements')).status).toBe(401);
    const supplier = await system.token({ role: 'supplier', supplierId: 'städ-ab', userId: 's-1' });
    expect((await system.commands.post('/procurements', supplier, procurement)).status).toBe(403);
  });

  it('serves OpenAPI documents that list the routes on both APIs', async () => {
    const commandDocs = await system.commands.get<{ paths: Record<string, unknown> }>('/docs-json');
    expect(Object.keys(commandDocs.body.paths)).toEqual(expect.arrayContaining(['/procurements', '/procurements/{id}/publish', '/procurements/{id}/cancel', '/procurements/{id}/social-criteria', '/test-clock']));
    const queryDocs = await system.queries.get<{ paths: Record<string, unknown> }>('/docs-json');
    expect(Object.keys(queryDocs.body.paths)).toEqual(expect.arrayContaining(['/procurements', '/procurements/{id}', '/procurements/{id}/timeline']));
    expect((await system.commands.request('GET', '/docs')).status).toBe(200);
  });

  it('reports health and Prometheus metrics without a token', async () => {
    expect((await system.commands.get('/health')).body).toMatchObject({ status: 'ok' });
    const metrics = await fetch(`${system.commands.baseUrl}/metrics`).then((r) => r.text());
    expect(metrics).toContain('kravspar_http_request_duration_seconds_bucket');
    expect(metrics).toContain('kravspar_projection_lag_ms');
  });
});
