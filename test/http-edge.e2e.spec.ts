import { randomUUID } from 'node:crypto';
import type { Role } from '@kravspar/domain/kernel';
import { CommandApiUnderTest } from './support/command-api-under-test';

const ROLES: readonly Role[] = ['procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor', 'admin'];
const UNKNOWN = Array.from({ length: 10 }, (_, index) => `notAField${index}`);

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
}

describe('the HTTP edge, as configured by default', () => {
  let api: CommandApiUnderTest;
  beforeAll(async () => {
    api = await CommandApiUnderTest.start();
  });
  afterAll(() => api.stop());

  it('sends security headers on every answer', async () => {
    for (const path of ['/health', '/test-clock', '/docs-json']) {
      const { headers } = await api.http.get(path);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(headers.get('strict-transport-security')).toContain('max-age=');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('has CORS off: no Access-Control headers, not even for a preflight', async () => {
    const origin = { origin: 'https://elsewhere.example' };
    expect((await api.http.request('GET', '/health', { headers: origin })).headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await api.http.request('OPTIONS', '/procurements', { headers: { ...origin, 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 400 naming them when any write route is given 10 unknown properties', async () => {
    const document = (await api.http.get<OpenApiDocument>('/docs-json')).body;
    const tokens = new Map<Role, string>();
    for (const role of ROLES) tokens.set(role, await api.token({ role, userId: `u-${role}`, unitId: 'waste', ...(role === 'supplier' ? { supplierId: 'städ-ab' } : {}) }));
    const body = Object.fromEntries(UNKNOWN.map((name) => [name, 'x']));
    const checked: string[] = [];
    const withoutBody: string[] = [];
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method !== 'post' && method !== 'put') continue;
        const route = `${method.toUpperCase()} ${template}`;
        if (!operation.requestBody) {
          withoutBody.push(route);
          continue;
        }
        const path = template.replace(/\{[^}]+\}/g, () => randomUUID());
        // The guard answers 403 before validation for a role the route does not allow: find one it does.
        let answer;
        for (const role of ROLES) {
          answer = await api.http.request(method.toUpperCase(), path, { token: tokens.get(role), body });
          if (answer.status !== 403) break;
        }
        const fields = ((answer?.body.errors ?? []) as Array<{ field: string }>).map((error) => error.field);
        expect({ route, status: answer?.status, unknownNamed: UNKNOWN.every((name) => fields.includes(name)) })
          .toEqual({ route, status: 400, unknownNamed: true });
        checked.push(route);
      }
    }
    expect(checked.length).toBeGreaterThan(30);
    expect(checked).toEqual(expect.arrayContaining(['POST /procurements', 'PUT /test-clock', 'POST /referrals']));
    // Routes without a body have nothing to validate; they are listed so that a new one is looked at.
    expect(withoutBody.sort()).toEqual([
      'POST /procurements/{id}/bids/{bidId}/qualify',
      'POST /procurements/{id}/bids/{bidId}/withdraw',
      'POST /procurements/{id}/social-criteria/{criterionId}/remove',
      'POST /referrals/{id}/accept',
    ]);
  });
});

describe('the HTTP edge with a rate limit and allowed origins', () => {
  let api: CommandApiUnderTest;
  beforeAll(async () => {
    api = await CommandApiUnderTest.start({ RATE_LIMIT_PER_MINUTE: '3', CORS_ORIGINS: 'https://kravspar.example.se' });
  });
  afterAll(() => api.stop());

  it('allows CORS for a configured origin only', async () => {
    const allowed = await api.http.request('GET', '/health', { headers: { origin: 'https://kravspar.example.se' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://kravspar.example.se');
    const other = await api.http.request('GET', '/health', { headers: { origin: 'https://elsewhere.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers 429 problem+json with Retry-After over the limit, bad tokens included', async () => {
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await api.http.get('/test-clock', 'forged'));
    const limited = answers.find((answer) => answer.status === 429) ?? (await api.http.get('/test-clock', 'forged'));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429 });
  });
});
