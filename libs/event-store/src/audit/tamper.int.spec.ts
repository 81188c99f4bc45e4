import { generateKeyPairSync } from 'node:crypto';
import type { PoolClient } from 'pg';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { computeEventHash, GENESIS_HASH } from '../integrity';
import { eventStoreMigrations } from '../postgres/event-store.migrations';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../postgres/event-rows';
import { auditMigrations } from './audit.migrations';
import { CheckpointSigner, type SignedCheckpoint } from './checkpoint-signing';
import { latestCheckpoint } from './checkpoint-store';
import { sealCheckpoint } from './seal-checkpoint';
import { appendLog, LOG_SIZE, streamBoundaryAfter } from './tamper.fixtures';
import { verifyLog } from './verify-log';
import type { VerifyReport } from './verify-report';

// The tamper suite over 10,000 events: each edit an intruder with superuser rights could make is named by
// `verify` at its first position. Each case runs in a transaction that is rolled back after the verify.

const signer = new CheckpointSigner(generateKeyPairSync('ed25519').privateKey);
const clock = { now: async () => new Date('2026-03-02T12:00:00.000Z') };
let database: TestDatabase;
let boundary: number;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  await runMigrations(database.pool, auditMigrations);
  await appendLog(database.pool);
  expect(await sealCheckpoint(database.pool, signer, clock)).toMatchObject({ sealed: true, checkpoint: { treeSize: LOG_SIZE } });
  boundary = await streamBoundaryAfter(database.pool, 6000);
}, 60_000);
afterAll(() => database?.drop());

async function verifyTampered(tamper: (db: PoolClient) => Promise<unknown>, extraCheckpoints: SignedCheckpoint[] = []): Promise<VerifyReport> {
  const client = await database.pool.connect();
  try {
    await client.query('BEGIN');
    for (const table of ['events', 'checkpoint_leaves', 'checkpoints']) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_append_only`);
    await tamper(client);
    return await verifyLog(client, { publicKeys: [signer.publicKey], extraCheckpoints });
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

const changeByte = (column: 'data' | 'metadata', field: string, position: number) => (db: PoolClient) =>
  db.query(`UPDATE events SET ${column} = jsonb_set(${column}, '{${field}}', to_jsonb(overlay(${column}->>'${field}' placing 'X' from 1 for 1))) WHERE position = $1`, [position]);

async function swap(db: PoolClient, p: number, q: number): Promise<void> {
  await db.query('UPDATE events SET position = -1 WHERE position = $1', [p]);
  await db.query('UPDATE events SET position = $1 WHERE position = $2', [p, q]);
  await db.query('UPDATE events SET position = $1 WHERE position = -1', [q]);
}

/** Moves the events from `position` on one place up and puts a well-formed event of a new stream there. */
async function insertAt(db: PoolClient, position: number): Promise<void> {
  await db.query('UPDATE events SET position = -position - 1 WHERE position >= $1', [position]);
  await db.query('UPDATE events SET position = -position WHERE position < 0');
  const { rows } = await db.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE position = $1`, [position + 1]);
  const { hash: _hash, prevHash: _prevHash, ...model } = toRecordedEvent(rows[0]).metadata;
  const metadata = { ...model, eventId: '11111111-1111-4111-8111-111111111111' };
  const data = { note: 'a report that was never made' };
  const hash = computeEventHash({ streamId: 'forged-1', revision: 0, type: 'PlacementReported', data, metadata: { ...metadata, prevHash: GENESIS_HASH } });
  await db.query(
    `INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash)
     VALUES ($1, 'forged-1', 0, $2, 'PlacementReported', $3, $4, $5, $6, $7)`,
    [position, metadata.eventId, data, metadata, metadata.recordedAt, GENESIS_HASH, hash],
  );
  await db.query('UPDATE event_log_head SET position = position + 1');
}

/** Edits the event at `position` and re-hashes the rest of its stream so that every chain check passes. */
async function rehashStreamFrom(db: PoolClient, position: number, alsoSealedHashes = false): Promise<void> {
  const { rows } = await db.query<EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM events
      WHERE stream_id = (SELECT stream_id FROM events WHERE position = $1)
        AND revision >= (SELECT revision FROM events WHERE position = $1) ORDER BY revision`,
    [position],
  );
  let prevHash = rows[0].prev_hash;
  for (const event of rows.map(toRecordedEvent)) {
    const data = event.position === position ? { ...event.data, note: 'edited afterwards' } : event.data;
    const hash = computeEventHash({ ...event, data, metadata: { ...event.metadata, prevHash } });
    await db.query('UPDATE events SET data = $2, prev_hash = $3, hash = $4 WHERE position = $1', [event.position, data, prevHash, hash]);
    if (alsoSealedHashes) await db.query('UPDATE checkpoint_leaves SET hash = $2 WHERE position = $1', [event.position, hash]);
    prevHash = hash;
  }
}

describe(`verify over ${LOG_SIZE} events sealed by one checkpoint`, () => {
  it('passes the untouched log, fast', async () => {
    const started = performance.now();
    const report = await verifyLog(database.pool, { publicKeys: [signer.publicKey] });
    const seconds = (performance.now() - started) / 1000;
    expect(report).toEqual({ ok: true, checked: LOG_SIZE, checkpointsChecked: 1, sealedUpTo: LOG_SIZE });
    console.info(`verified ${LOG_SIZE} events in ${seconds.toFixed(2)} s: ${Math.round(LOG_SIZE / seconds)} events/s`);
    expect(seconds).toBeLessThan(20);
  });

  it.each([
    ['a changed byte in the data of the first event', changeByte('data', 'note', 1), () => 1, 'modified'],
    ['a changed byte in the data of an event', changeByte('data', 'note', 4321), () => 4321, 'modified'],
    ['a changed byte in the metadata of an event', changeByte('metadata', 'correlationId', 777), () => 777, 'modified'],
    ['a changed byte in the metadata of the last event', changeByte('metadata', 'occurredAt', LOG_SIZE), () => LOG_SIZE, 'modified'],
    ['a deleted event', (db: PoolClient) => db.query('DELETE FROM events WHERE position = 5000'), () => 5000, 'deleted'],
    ['a deleted event, later positions renumbered', async (db: PoolClient) => {
      await db.query('DELETE FROM events WHERE position = 5000');
      await db.query('UPDATE events SET position = -(position - 1) WHERE position > 5000');
      await db.query('UPDATE events SET position = -position WHERE position < 0');
    }, () => 5000, 'deleted'],
    ['two swapped events far apart', (db: PoolClient) => swap(db, 3000, 7000), () => 3000, 'reordered'],
    ['two swapped neighbours of different streams (chains intact)', (db: PoolClient) => swap(db, boundary, boundary + 1), () => boundary, 'reordered'],
    ['an inserted event', (db: PoolClient) => insertAt(db, 5000), () => 5000, 'inserted'],
    ['a truncated log (head moved back too)', async (db: PoolClient) => {
      await db.query('DELETE FROM events WHERE position > 9000');
      await db.query('UPDATE event_log_head SET position = 9000');
    }, () => 9001, 'truncated'],
    ['a stream re-hashed consistently after an edit', (db: PoolClient) => rehashStreamFrom(db, 4000), () => 4000, 'modified'],
  ])('names %s', async (_, tamper, position, problem) => {
    expect(await verifyTampered(tamper)).toMatchObject({ ok: false, firstBadPosition: position(), problem, checked: expect.any(Number) });
  });

  it('bounds a re-hashed stream whose sealed hashes were re-written too to the positions after the last good checkpoint', async () => {
    const report = await verifyTampered((db) => rehashStreamFrom(db, 4000, true));
    expect(report).toMatchObject({ ok: false, firstBadPosition: 1, problem: 'checkpoint' });
    expect(report.detail).toContain(`positions 1..${LOG_SIZE}`);
  });

  it('catches a truncation that removed the checkpoint too, given the checkpoint kept outside the database', async () => {
    const kept = (await latestCheckpoint(database.pool))!;
    const truncateAll = async (db: PoolClient) => {
      await db.query('DELETE FROM events WHERE position > 9000');
      await db.query('UPDATE event_log_head SET position = 9000');
      await db.query('DELETE FROM checkpoint_leaves WHERE position > 9000');
      await db.query('DELETE FROM checkpoints');
    };
    expect(await verifyTampered(truncateAll)).toMatchObject({ ok: true, checkpointsChecked: 0 });
    expect(await verifyTampered(truncateAll, [kept])).toMatchObject({ ok: false, firstBadPosition: 9001, problem: 'truncated' });
  });

  it('finds nothing once every tampering was rolled back', async () => {
    expect(await verifyLog(database.pool, { publicKeys: [signer.publicKey] })).toMatchObject({ ok: true });
  });
});
