import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { SystemClock } from '@kravspar/clock';
import { placementCriterion } from '@kravspar/domain/procurement/procurement.fixtures';
import { computeEventHash, GENESIS_HASH, PostgresEventStore, type EventToAppend, type ExpectedRevision, type JsonObject } from '@kravspar/event-store';
import { figure, say, timed, type Case } from './figures';

const SINGLE_APPENDS = 1_500;
const CONCURRENT_STREAMS = 8;
const CONCURRENT_APPENDS_PER_STREAM = 200;
const BATCH_SIZE = 100;
const BATCHES = 40;
/** Store and raw runs alternate this many times, so a burst of load elsewhere hits both sides alike. */
const ROUNDS = 2;

const COLUMNS = 'position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash';

/** A typical event of the write path: a social criterion added by an officer, with the metadata it carries. */
function criterionEvent(): EventToAppend {
  const eventId = randomUUID();
  return {
    type: 'SocialCriterionAdded',
    data: { ...placementCriterion, criterionId: `crit-${eventId.slice(0, 8)}` } as unknown as JsonObject,
    metadata: {
      eventId,
      actor: { userId: 'officer-1', role: 'procurement-officer', unitId: 'unit-procurement' },
      occurredAt: new Date().toISOString(),
      correlationId: eventId,
      causationId: eventId,
      schemaVersion: 1,
      ruleRefs: ['P1'],
    },
  };
}

/** The same event as a finished row of the raw table: sealed beforehand, so the raw side only inserts. */
class RawRows {
  private position = 0;
  private readonly heads = new Map<string, { revision: number; hash: string }>();

  next(streamId: string): unknown[] {
    const event = criterionEvent();
    const head = this.heads.get(streamId) ?? { revision: -1, hash: GENESIS_HASH };
    const revision = head.revision + 1;
    const recordedAt = new Date().toISOString();
    const metadata = { ...event.metadata, recordedAt, prevHash: head.hash };
    const hash = computeEventHash({ streamId, revision, type: event.type, data: event.data, metadata });
    this.heads.set(streamId, { revision, hash });
    const { prevHash, ...stored } = metadata;
    return [++this.position, streamId, revision, event.metadata.eventId, event.type, event.data, stored, recordedAt, prevHash, hash];
  }
}

/**
 * Appends through the PostgreSQL event store against the same rows as plain INSERTs into a table like
 * `events` (same columns, keys and indexes; no log head, no triggers) in the same database: the physical
 * limit the store is measured against.
 */
export async function appendCases(pool: Pool): Promise<Case[]> {
  await pool.query('CREATE TABLE raw_events (LIKE events INCLUDING ALL)');
  const store = new PostgresEventStore(pool, new SystemClock());
  const raw = new RawRows();
  const cases: Case[] = [];
  try {
    say(`appends: ${SINGLE_APPENDS} single appends, sequential (store and raw, ${ROUNDS} rounds)`);
    cases.push(await compare('append.single.sequential', SINGLE_APPENDS, 0.7, {
      store: (round) => sequentialStore(store, `single-${round}`, SINGLE_APPENDS / ROUNDS),
      raw: (round) => sequentialRaw(pool, raw, `raw-single-${round}`, SINGLE_APPENDS / ROUNDS),
    }));
    say(`appends: ${CONCURRENT_STREAMS} concurrent streams × ${CONCURRENT_APPENDS_PER_STREAM}`);
    const concurrent = CONCURRENT_STREAMS * CONCURRENT_APPENDS_PER_STREAM;
    cases.push(await compare('append.single.8-streams', concurrent, 0.7, {
      store: (round) => Promise.all(streams(`c-${round}`).map((id) => sequentialStore(store, id, CONCURRENT_APPENDS_PER_STREAM / ROUNDS))).then(() => undefined),
      raw: (round) => Promise.all(streams(`raw-c-${round}`).map((id) => sequentialRaw(pool, raw, id, CONCURRENT_APPENDS_PER_STREAM / ROUNDS))).then(() => undefined),
    }));
    say(`appends: ${BATCHES} batches of ${BATCH_SIZE} events`);
    cases.push(await compare('append.batch.100', BATCHES * BATCH_SIZE, 0.6, {
      store: (round) => batchesStore(store, `batch-${round}`, BATCHES / ROUNDS),
      raw: (round) => batchesRaw(pool, raw, `raw-batch-${round}`, BATCHES / ROUNDS),
    }));
  } finally {
    await store.close();
  }
  return cases;
}

async function compare(
  name: string,
  events: number,
  target: number,
  runs: { store: (round: number) => Promise<void>; raw: (round: number) => Promise<void> },
): Promise<Case> {
  let storeSeconds = 0;
  let rawSeconds = 0;
  for (let round = 0; round < ROUNDS; round++) {
    rawSeconds += (await timed(events / ROUNDS, () => runs.raw(round))).seconds;
    storeSeconds += (await timed(events / ROUNDS, () => runs.store(round))).seconds;
  }
  const storeRate = events / storeSeconds;
  const rawRate = events / rawSeconds;
  return figure(name, storeRate, 'events/s', rawRate, { text: `≥ ${target * 100} % of raw`, met: storeRate / rawRate >= target });
}

const streams = (prefix: string) => Array.from({ length: CONCURRENT_STREAMS }, (_, i) => `${prefix}-${i}-${randomUUID()}`);

async function sequentialStore(store: PostgresEventStore, streamId: string, count: number): Promise<void> {
  let expected: ExpectedRevision = 'no-stream';
  for (let i = 0; i < count; i++) expected = (await store.append(streamId, [criterionEvent()], expected)).revision;
}

async function sequentialRaw(pool: Pool, raw: RawRows, streamId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await pool.query(`INSERT INTO raw_events (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`, raw.next(streamId));
}

async function batchesStore(store: PostgresEventStore, prefix: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await store.append(`${prefix}-${i}`, Array.from({ length: BATCH_SIZE }, criterionEvent), 'no-stream');
  }
}

async function batchesRaw(pool: Pool, raw: RawRows, prefix: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const rows = Array.from({ length: BATCH_SIZE }, () => raw.next(`${prefix}-${i}`));
    const values = rows.map((_, r) => `(${Array.from({ length: 10 }, (_, c) => `$${r * 10 + c + 1}`).join(', ')})`);
    await pool.query(`INSERT INTO raw_events (${COLUMNS}) VALUES ${values.join(', ')}`, rows.flat());
  }
}
