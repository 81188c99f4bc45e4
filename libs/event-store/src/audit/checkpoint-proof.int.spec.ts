import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import type { EventToAppend } from '../event-store.port';
import { computeEventHash } from '../integrity';
import { eventStoreMigrations } from '../postgres/event-store.migrations';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../postgres/event-rows';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { auditMigrations } from './audit.migrations';
import { checkConsistency, proveConsistency } from './checkpoint-proof';
import { CheckpointSigner, publicKeyPem } from './checkpoint-signing';
import { frontierAt } from './log-reads';
import { MerkleAccumulator } from './merkle';
import { sealCheckpoint, SealRefusedError } from './seal-checkpoint';

const signer = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
const clock = { now: async () => new Date('2026-03-02T12:00:00.000Z') };
let database: TestDatabase;
let store: PostgresEventStore;

const events = (n: number): EventToAppend[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'Noted',
    data: { i },
    metadata: { eventId: randomUUID(), actor: { userId: 'u', role: 'buyer', unitId: 'waste' }, occurredAt: '2026-03-02T10:00:00+01:00', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
  }));

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, auditMigrations);
  store = new PostgresEventStore(database.pool, clock);
  for (const stream of ['s-1', 's-2', 's-3']) await store.append(stream, events(101), 'no-stream');
  await sealCheckpoint(database.pool, signer, clock);
  for (const stream of ['s-1', 's-2', 's-3']) await store.append(stream, events(66), 100);
  await sealCheckpoint(database.pool, signer, clock);
});
afterAll(async () => {
  await store?.close();
  await database?.drop();
});

/** Edits the first event of s-2 and re-hashes the rest of s-2, inside the caller's transaction. */
async function rewriteHistory(db: PoolClient): Promise<void> {
  await db.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
  const { rows } = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = 's-2' ORDER BY revision`);
  let prevHash = rows[0].prev_hash;
  for (const event of rows.map(toRecordedEvent)) {
    const data = event.revision === 0 ? { i: -1 } : event.data;
    const hash = computeEventHash({ ...event, data, metadata: { ...event.metadata, prevHash } });
    await db.query('UPDATE events SET data = $2, prev_hash = $3, hash = $4 WHERE position = $1', [event.position, data, prevHash, hash]);
    prevHash = hash;
  }
}

/** A checkpoint signed with the real key over the log as it now stands: what a rogue operator could seal. */
async function resealFromScratch(db: PoolClient, treeSize: number): Promise<number> {
  const root = MerkleAccumulator.fromFrontier(treeSize, await frontierAt(db, treeSize)).root().toString('hex');
  const signedAt = '2026-03-02T13:00:00.000Z';
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO checkpoints (tree_size, root, signed_at, key_id, public_key, signature, frontier) VALUES ($1, $2, $3, $4, $5, $6, '') RETURNING id`,
    [treeSize, root, signedAt, signer.keyId, publicKeyPem(signer.publicKey), signer.sign({ treeSize, root, signedAt })],
  );
  return Number(rows[0].id);
}

async function inRolledBackTransaction<T>(work: (db: PoolClient) => Promise<T>): Promise<T> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

describe('consistency proofs between checkpoints', () => {
  it('proves the first checkpoint a prefix of the second, and the proof checks again offline', async () => {
    const check = await proveConsistency(database.pool, 1, 2, [signer.publicKey]);
    expect(check).toMatchObject({ ok: true, from: { id: 1, treeSize: 303 }, to: { id: 2, treeSize: 501 } });
    expect(check.proof.length).toBeGreaterThan(0);
    expect(checkConsistency(JSON.parse(JSON.stringify({ from: check.from, to: check.to, proof: check.proof })), [signer.publicKey]).ok).toBe(true);
    expect(checkConsistency({ ...check, proof: [...check.proof].reverse() }, [signer.publicKey]).ok).toBe(false);
  });

  it('fails for a log rewritten between the two and sealed again from scratch with the real key', async () => {
    const check = await inRolledBackTransaction(async (db) => {
      await rewriteHistory(db);
      return proveConsistency(db, 1, await resealFromScratch(db, 501), [signer.publicKey]);
    });
    expect(check).toMatchObject({ ok: false, problem: expect.stringContaining('rewritten') });
  });

  it('fails for a log rewritten after the second checkpoint, which no longer hashes to it', async () => {
    const check = await inRolledBackTransaction(async (db) => {
      await rewriteHistory(db);
      return proveConsistency(db, 1, 2, [signer.publicKey]);
    });
    expect(check.ok).toBe(false);
  });

  it('refuses to seal over a log whose new events do not check out', async () => {
    await store.append('s-1', events(1), 166);
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await client.query(`UPDATE events SET data = '{"i": 999}' WHERE position = 502`);
      await expect(sealCheckpoint(database.pool, signer, clock)).rejects.toBeInstanceOf(SealRefusedError);
    } finally {
      await client.query(`UPDATE events SET data = '{"i": 0}' WHERE position = 502`);
      await client.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
      client.release();
    }
    expect(await sealCheckpoint(database.pool, signer, clock)).toMatchObject({ sealed: true, checkpoint: { treeSize: 502 } });
  });
});
