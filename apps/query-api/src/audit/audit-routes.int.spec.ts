import { randomUUID } from 'node:crypto';
import { procurementStreamId, type Actor, type DomainEvent, type ProcurementEventType } from '@kravspar/domain';
import { initiated, officer } from '@kravspar/domain/procurement/procurement.fixtures';
import {
  parsePublicKey, PostgresEventStore, resolveCheckpointSigner, sealCheckpoint, verifyCheckpointSignature, type EventToAppend,
} from '@kravspar/event-store';
import type { DevTokenClaims } from '@kravspar/http';
import { createTestDatabase } from '@kravspar/testing';
import { LIFECYCLE } from '../../../../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { recordLifecycle } from '../procurement-read-models.fixtures';
import { startQueryApi, type RunningQueryApi } from '../query-api-app.fixtures';

// The three audit routes over HTTP: raw history with integrity fields (P5 for the auditor), verification,
// and the public latest checkpoint. Each procurement is both in the event store and in its read model.

const auditor: DevTokenClaims = { role: 'auditor', userId: 'a-1', unitId: 'audit' };
const officerToken: DevTokenClaims = { role: 'procurement-officer', userId: 'o-1', unitId: 'procurement-support' };
const T0 = Date.parse('2026-03-02T08:00:00.000Z');
let api: RunningQueryApi;
let store: PostgresEventStore;
let tick = 0;

/** The lifecycle of procurement `id` through `through`, one append per act, a minute of recorded time apart. */
async function appendLifecycle(id: string, through: ProcurementEventType, asStored = (event: EventToAppend) => event): Promise<void> {
  const [, ...rest] = LIFECYCLE.slice(0, LIFECYCLE.findIndex(([event]) => event.type === through) + 1);
  const acts: (readonly [DomainEvent, Actor])[] = [[initiated({ procurementId: id, buyerUnitId: 'waste', title: `Upphandling ${id}` }), officer], ...rest];
  for (const [revision, [event, actor]] of acts.entries()) {
    const toAppend: EventToAppend = {
      type: event.type,
      data: JSON.parse(JSON.stringify(event.data)),
      metadata: { eventId: randomUUID(), actor, occurredAt: event.metadata.occurredAt, correlationId: `c-${id}-${revision}`, causationId: `c-${id}-${revision}`, schemaVersion: 1 },
    };
    await store.append(procurementStreamId(id), [asStored(toAppend)], revision === 0 ? 'no-stream' : revision - 1);
  }
  await recordLifecycle(api.pool, id, 'waste', through);
}

beforeAll(async () => {
  api = await startQueryApi(await createTestDatabase());
  store = new PostgresEventStore(api.pool, { now: async () => new Date(T0 + 60_000 * tick++) });
  await appendLifecycle('awarded', 'AwardDecided');
  await appendLifecycle('notified', 'InterimOrderIssued');
}, 30_000);
afterAll(async () => {
  await store?.close();
  await api?.close();
});

const SECRETS = ['bid-bygg', 'bygg', '3500000', 'bid-cleanco', 'cleanco', '3900000', 'bid-acme', '"acme"', '3800000', '"score"'];

describe('GET /audit/checkpoints/latest', () => {
  it('answers 404 before any seal, then the signed checkpoint to anyone, checkable with its public key', async () => {
    expect((await api.get('/audit/checkpoints/latest')).status).toBe(404);
    const signer = await resolveCheckpointSigner({ NODE_ENV: 'test', DATA_DIR: api.dataDir });
    await sealCheckpoint(api.pool, signer, { now: async () => new Date(T0 + 3_600_000) });
    const { status, body } = await api.get('/audit/checkpoints/latest');
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: 1, treeSize: 33, keyId: signer.keyId, signedAt: '2026-03-02T09:00:00.000Z' });
    expect(verifyCheckpointSignature(body, parsePublicKey(body.publicKey))).toBe(true);
    expect(body).not.toHaveProperty('frontier');
  });
});

describe('GET /audit/streams/{streamId}/events', () => {
  it('withholds bid data and bidding suppliers from the auditor before the award notification, keeping every hash', async () => {
    const { status, text, body } = await api.get(`/audit/streams/${procurementStreamId('awarded')}/events`, auditor);
    expect(status).toBe(200);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(body.items.map((item: { revision: number }) => item.revision)).toEqual([...Array(15).keys()]);
    for (const item of body.items) expect(item.metadata).toMatchObject({ hash: expect.stringMatching(/^[0-9a-f]{64}$/), prevHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const bid = body.items.find((item: { type: string }) => item.type === 'BidReceived');
    expect(bid).toMatchObject({ data: null, withheld: ['data', 'actor'], metadata: { actor: null, recordedAt: expect.any(String) } });
    expect(body.items.find((item: { type: string }) => item.type === 'AwardDecided')).toMatchObject({ data: null, withheld: ['data'] });
    expect(body.items[0]).toMatchObject({ type: 'ProcurementInitiated', data: { procurementId: 'awarded' }, metadata: { actor: { role: 'procurement-officer' } } });
    expect(body.items[0]).not.toHaveProperty('withheld');
  });

  it('shows the auditor every bid once the award notification was sent', async () => {
    const { text, body } = await api.get(`/audit/streams/${procurementStreamId('notified')}/events`, auditor);
    expect(text).toContain('bid-bygg');
    expect(body.items.find((item: { type: string }) => item.type === 'BidReceived')).toMatchObject({ data: { bidId: 'bid-cleanco' }, metadata: { actor: { supplierId: 'cleanco' } } });
    expect(body.items.some((item: object) => 'withheld' in item)).toBe(false);
  });

  it('reads the stream as the system knew it at a recorded time, or up to a revision', async () => {
    const stream = `/audit/streams/${procurementStreamId('awarded')}/events`;
    const all = (await api.get(stream, auditor)).body.items;
    const asOf = (await api.get(`${stream}?asOf=${encodeURIComponent(all[2].metadata.recordedAt)}`, auditor)).body;
    expect(asOf).toMatchObject({ asOf: all[2].metadata.recordedAt, revision: null });
    expect(asOf.items.map((item: { revision: number }) => item.revision)).toEqual([0, 1, 2]);
    const withOffset = new Date(Date.parse(all[2].metadata.recordedAt)).toISOString().replace('Z', '+00:00');
    expect((await api.get(`${stream}?asOf=${encodeURIComponent(withOffset)}`, auditor)).body.items).toHaveLength(3);
    expect((await api.get(`${stream}?revision=1`, auditor)).body.items).toHaveLength(2);
  });

  it.each([['asOf=yesterday'], ['asOf=2026-03-02T10:00:00'], ['revision=-1'], ['revision=x'], ['colour=red']])('refuses ?%s with 400', async (query) => {
    expect((await api.get(`/audit/streams/${procurementStreamId('awarded')}/events?${query}`, auditor)).status).toBe(400);
  });

  it('is for auditors only, and 404 for an unknown stream', async () => {
    expect((await api.get(`/audit/streams/${procurementStreamId('awarded')}/events`)).status).toBe(401);
    expect((await api.get(`/audit/streams/${procurementStreamId('awarded')}/events`, officerToken)).status).toBe(403);
    expect((await api.get('/audit/streams/procurement-nowhere/events', auditor)).status).toBe(404);
  });
});

describe('GET /audit/verify', () => {
  it('verifies the whole log and one stream for an auditor only', async () => {
    const { status, body } = await api.get('/audit/verify', auditor);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, checked: 33, checkpointsChecked: 1, sealedUpTo: 33, keyIds: [expect.any(String)] });
    expect((await api.get(`/audit/verify?streamId=${procurementStreamId('notified')}`, auditor)).body).toMatchObject({ ok: true, checked: 18 });
    expect((await api.get('/audit/verify', officerToken)).status).toBe(403);
    expect((await api.get('/audit/verify?streamId=procurement-nowhere', auditor)).status).toBe(404);
  });

  it('names the first bad position once a byte of an event was changed', async () => {
    const client = await api.pool.connect();
    try {
      await client.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await client.query(`UPDATE events SET data = jsonb_set(data, '{title}', '"Upphandling ewarded"') WHERE position = 1`);
    } finally {
      client.release();
    }
    expect((await api.get('/audit/verify', auditor)).body).toMatchObject({ ok: false, firstBadPosition: 1, problem: 'modified' });
    expect((await api.get(`/audit/verify?streamId=${procurementStreamId('awarded')}`, auditor)).body).toMatchObject({ ok: false, firstBadPosition: 1, problem: 'modified' });
    expect((await api.get(`/audit/verify?streamId=${procurementStreamId('notified')}`, auditor)).body).toMatchObject({ ok: true });
  });

  it('is in the OpenAPI document with the other two routes', async () => {
    const { body } = await api.get('/docs-json');
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/audit/streams/{streamId}/events', '/audit/verify', '/audit/checkpoints/latest']));
  });
});

describe('GET /audit/streams/{streamId}/state', () => {
  it('folds events upcast — a stored v1 BidWithdrawn gains withdrawnAt — while /events and /verify keep the stored form', async () => {
    // BidWithdrawn as schema version 1 stored it: no withdrawnAt in the data.
    await appendLifecycle('upcast', 'AwardNotificationSent', (event) => {
      if (event.type !== 'BidWithdrawn') return event;
      const { withdrawnAt: _dropped, ...v1 } = event.data;
      return { ...event, data: v1 };
    });
    const stream = procurementStreamId('upcast');
    const state = await api.get(`/audit/streams/${stream}/state`, auditor);
    expect(state.status).toBe(200);
    expect(state.body.state.bids['bid-cleanco'].withdrawnAt).toBe('2026-04-15T08:00:00+02:00');
    expect(state.body.events.find((e: { type: string }) => e.type === 'BidWithdrawn')).toMatchObject({ occurredAt: '2026-04-15T08:00:00+02:00', recordedAt: expect.any(String) });

    const events = await api.get(`/audit/streams/${stream}/events`, auditor);
    const withdrawn = events.body.items.find((e: { type: string }) => e.type === 'BidWithdrawn');
    expect(withdrawn.data).toEqual({ bidId: 'bid-cleanco', supplierId: 'cleanco' });
    expect(withdrawn.metadata.schemaVersion).toBe(1);
    expect((await api.get(`/audit/verify?streamId=${stream}`, auditor)).body).toMatchObject({ ok: true });
  });
});
