import type { DevTokenClaims } from '@kravspar/http';
import { PiiVault, resolveMasterKey } from '@kravspar/pii-vault';
import { createTestDatabase } from '@kravspar/testing';
import {
  activated, commitmentEstablished, commitmentStream, contractRegistered, contractStream, event, matched, offered, proposed, referralStream,
} from '../../../libs/read-models/src/follow-up-events.fixtures';
import { recordFollowUp } from './follow-up-read-models.fixtures';
import { startQueryApi, type RunningQueryApi } from './query-api-app.fixtures';

// The follow-up routes over HTTP: contracts, commitments and their funnel, the placement KPIs, and
// referrals with the candidate from the PII vault, each with its access rule.

let api: RunningQueryApi;
let candidateRef: string;

beforeAll(async () => {
  api = await startQueryApi(await createTestDatabase());
  const vault = new PiiVault(api.pool, await resolveMasterKey({ NODE_ENV: 'test', DATA_DIR: api.dataDir }));
  candidateRef = await vault.store({ name: 'Kandidat Ett', contact: { phone: '070-000 00 00' } });
  const erasedRef = await vault.store({ name: 'Kandidat Två' });
  await vault.erase(erasedRef);
  const created = (referralId: string, ref: string) => event('ReferralCreated', { referralId, candidateRef: ref, targetGroupCode: 'far-from-labour-market' });
  await recordFollowUp(api.pool, [
    [contractStream(), contractRegistered()],
    [commitmentStream(), commitmentEstablished()],
    [contractStream(), event('ContractStarted', { date: '2026-06-01' })],
    [commitmentStream(), activated()],
    ...['s1', 's2', 's3'].map((slotId) => [commitmentStream(), offered(slotId)] as const),
    [commitmentStream(), matched('s1')],
    [commitmentStream(), matched('s2')],
    [contractStream('schools-1'), contractRegistered('schools-1', 'bygg', 'schools')],
    [commitmentStream('schools-1-c'), commitmentEstablished('schools-1-c', { contractId: 'schools-1', supplierId: 'bygg', buyerUnitId: 'schools', signedOn: '2027-01-10' })],
    [referralStream('r-1'), created('r-1', candidateRef)],
    [referralStream('r-1'), proposed('s3')],
    [referralStream('r-2'), created('r-2', erasedRef)],
  ]);
});
afterAll(() => api?.close());

const buyer: DevTokenClaims = { role: 'buyer', userId: 'b-1', unitId: 'waste' };
const auditor: DevTokenClaims = { role: 'auditor', userId: 'a-1', unitId: 'audit' };
const labourMarket: DevTokenClaims = { role: 'labour-market', userId: 'lm-1', unitId: 'arbetsliv-och-etablering' };
const acme: DevTokenClaims = { role: 'supplier', userId: 'acme-user', supplierId: 'acme' };
const bygg: DevTokenClaims = { role: 'supplier', userId: 'bygg-user', supplierId: 'bygg' };
const admin: DevTokenClaims = { role: 'admin', userId: 'ops-1', unitId: 'it' };
const COMMITMENT = '/commitments/gotland-1-work-training';

describe('GET /contracts/{id}', () => {
  it('answers internal roles and the contract\'s supplier with the contract, its commitments and the ETag', async () => {
    for (const reader of [buyer, auditor, labourMarket, acme]) {
      const { status, headers, body } = await api.get('/contracts/gotland-1', reader);
      expect(status).toBe(200);
      expect(headers.get('etag')).toBe('"1"');
      expect(body).toMatchObject({ id: 'gotland-1', buyerUnitId: 'waste', supplierId: 'acme', status: 'Started', startedOn: '2026-06-01', revision: 1 });
      expect(body.commitments).toEqual([expect.objectContaining({ id: 'gotland-1-work-training', criterionId: 'crit-work-training', unitsRequired: 3, status: 'Active' })]);
    }
  });

  it('answers another supplier, and anyone for an unknown contract, 404; admin 403; no token 401', async () => {
    expect((await api.get('/contracts/gotland-1', bygg)).status).toBe(404);
    expect((await api.get('/contracts/nowhere', buyer)).status).toBe(404);
    expect((await api.get('/contracts/gotland-1', admin)).status).toBe(403);
    expect((await api.get('/contracts/gotland-1')).status).toBe(401);
  });
});

describe('GET /commitments/{id} and its funnel', () => {
  it('answers the slots and "3 committed, 3 offered, 2 matched", with the ETag', async () => {
    const detail = await api.get(COMMITMENT, acme);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('etag')).toBe('"6"');
    expect(detail.body.slots.map((slot: { status: string }) => slot.status)).toEqual(['Matched', 'Matched', 'Offered']);
    const funnel = await api.get(`${COMMITMENT}/funnel`, buyer);
    expect(funnel.headers.get('etag')).toBe('"6"');
    expect(funnel.body).toEqual({ id: 'gotland-1-work-training', committed: 3, offered: 3, matched: 2, started: 0, ongoing: 0, completed: 0, interrupted: 0, revision: 6 });
  });

  it('answers another supplier and an unknown id 404 on both routes', async () => {
    for (const route of [COMMITMENT, `${COMMITMENT}/funnel`]) expect((await api.get(route, bygg)).status).toBe(404);
    expect((await api.get('/commitments/nowhere/funnel', auditor)).status).toBe(404);
  });
});

describe('GET /kpis/placements', () => {
  const waste2026 = { unitId: 'waste', year: 2026, committed: 3, offered: 3, matched: 2, started: 0, ongoing: 0, completed: 0, interrupted: 0 };

  it('sums the funnel per department and year, filtered by unit and year', async () => {
    expect((await api.get('/kpis/placements', auditor)).body.items).toEqual([
      { unitId: 'schools', year: 2027, committed: 3, offered: 0, matched: 0, started: 0, ongoing: 0, completed: 0, interrupted: 0 },
      waste2026,
    ]);
    expect((await api.get('/kpis/placements?unitId=waste&year=2026', buyer)).body).toEqual({ items: [waste2026] });
    expect((await api.get('/kpis/placements?year=2025', buyer)).body).toEqual({ items: [] });
  });

  it('refuses suppliers with 403 and a malformed filter with 400', async () => {
    expect((await api.get('/kpis/placements', acme)).status).toBe(403);
    for (const query of ['year=abc', 'year=20266', 'colour=red']) expect((await api.get(`/kpis/placements?${query}`, buyer)).status).toBe(400);
  });
});

describe('GET /referrals/{id}', () => {
  it('answers the labour-market unit with the candidate decrypted from the vault, uncached', async () => {
    const { status, headers, body } = await api.get('/referrals/r-1', labourMarket);
    expect(status).toBe(200);
    expect(headers.get('etag')).toBe('"1"');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body).toMatchObject({
      id: 'r-1', candidateRef, status: 'Proposed', targetGroupCode: 'far-from-labour-market',
      proposal: { commitmentId: 'gotland-1-work-training', slotId: 's3', supplierId: 'acme' },
      candidate: { name: 'Kandidat Ett', contact: { phone: '070-000 00 00' } }, erased: false,
    });
  });

  it('answers erased: true and no candidate once the candidate was erased', async () => {
    const { body } = await api.get('/referrals/r-2', labourMarket);
    expect(body).toMatchObject({ id: 'r-2', status: 'Created', candidate: null, erased: true });
  });

  it('refuses every other role with 403 (without a word of the candidate) and answers an unknown id 404', async () => {
    for (const reader of [buyer, auditor, acme, admin]) {
      const { status, text } = await api.get('/referrals/r-1', reader);
      expect(status).toBe(403);
      expect(text).not.toContain('Kandidat');
    }
    expect((await api.get('/referrals/nowhere', labourMarket)).status).toBe(404);
  });

  it('keeps candidate identities out of every other route', async () => {
    for (const route of ['/contracts/gotland-1', COMMITMENT, '/kpis/placements']) expect((await api.get(route, buyer)).text).not.toContain('Kandidat');
  });
});

it('describes the follow-up routes in the OpenAPI document', async () => {
  const { body } = await api.get('/docs-json');
  expect(Object.keys(body.paths)).toEqual(expect.arrayContaining([
    '/contracts/{id}', '/commitments/{id}', '/commitments/{id}/funnel', '/kpis/placements', '/referrals/{id}',
  ]));
});
