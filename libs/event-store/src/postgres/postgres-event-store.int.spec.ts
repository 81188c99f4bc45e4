import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { procurementDecider, procurementStreamId, type ProcurementCommand } from '@kravspar/domain';
import type { CommandMetadata } from '@kravspar/domain/kernel';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, SteppingClock, type TestDatabase } from '@kravspar/testing';
import { GENESIS_HASH } from '../integrity';
import { handleCommand } from '../write-path/handle-command';
import { eventStoreMigrations } from './event-store.migrations';
import { PostgresEventStore } from './postgres-event-store';

let database: TestDatabase;
let store: PostgresEventStore;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  store = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-03-02T08:00:00Z')));
});
afterAll(async () => {
  await store.close();
  await database.drop();
});

const metadata: CommandMetadata = {
  actor: { userId: 'officer-1', role: 'procurement-officer', unitId: 'procurement-support' },
  now: '2026-03-02T09:00:00+01:00',
};

/** A procurement from initiation to cancellation, through the one write path. */
async function runProcurement(id: string): Promise<void> {
  const commands: ProcurementCommand[] = [
    {
      type: 'InitiateProcurement',
      data: { procurementId: id, title: 'Städning av återvinningscentraler', buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } },
      metadata,
    },
    {
      type: 'AddSocialCriterion',
      data: { criterionId: 'c-1', instrument: 'specialContractCondition', placementType: 'workTraining', unitsRequired: 3, reportingSchedule: 'quarterly', sanctions: ['vite'], targetGroupCode: 'far-from-labour-market', matchingUnitId: 'arbetsliv-och-etablering' },
      metadata,
    },
    {
      type: 'PublishProcurement',
      data: { publishedAt: '2026-03-02T08:30:00+01:00', tenderDeadline: '2026-04-15T23:59:00+02:00', electronicTenders: true, otherRegimeMinimumTenderDays: 10 },
      metadata,
    },
    {
      type: 'CancelProcurement',
      data: { reasonCategory: 'insufficientCompetition', justification: 'Inga anbud', cancelledAt: '2026-03-02T08:55:00+01:00' },
      metadata,
    },
  ];
  for (const command of commands) await handleCommand(store, procurementStreamId(id), procurementDecider, command);
}

interface RawRow {
  position: number; stream_id: string; revision: number; type: string;
  data: unknown; metadata: Record<string, unknown>; prev_hash: string; hash: string;
}

describe('the PostgreSQL event store, read as raw rows', () => {
  beforeAll(async () => {
    await Promise.all(['p-1', 'p-2', 'p-3'].map(runProcurement));
  });

  it('stores every event with a hash that recomputes from its content and chains to its predecessor', async () => {
    const { rows } = await database.pool.query<RawRow>('SELECT * FROM events ORDER BY stream_id, revision');
    expect(rows).toHaveLength(12);
    let previous = new Map<string, string>();
    for (const row of rows) {
      // Recomputed here from the row itself, independently of the adapter's own code.
      const content = { streamId: row.stream_id, revision: row.revision, type: row.type, data: row.data, metadata: { ...row.metadata, prevHash: row.prev_hash } };
      expect(createHash('sha256').update(canonicalize(content)!, 'utf8').digest('hex')).toBe(row.hash);
      expect(row.prev_hash).toBe(previous.get(row.stream_id) ?? GENESIS_HASH);
      previous = previous.set(row.stream_id, row.hash);
    }
  });

  it('numbers the global log 1, 2, 3 … without gaps', async () => {
    const { rows } = await database.pool.query<{ position: number }>('SELECT position FROM events ORDER BY position');
    expect(rows.map((row) => Number(row.position))).toEqual(rows.map((_, i) => i + 1));
  });

  it('keeps the business time, rules and actor in the metadata', async () => {
    const [published] = await store.readStream(procurementStreamId('p-1'), { fromRevision: 2, maxCount: 1 });
    expect(published.type).toBe('ProcurementPublished');
    expect(published.metadata).toMatchObject({ occurredAt: '2026-03-02T08:30:00+01:00', ruleRefs: ['P1', 'P2', 'T1'], actor: metadata.actor, recordedAt: '2026-03-02T08:00:00.000Z' });
  });

  it('refuses to update or delete a stored event', async () => {
    await expect(database.pool.query(`UPDATE events SET data = '{}' WHERE position = 1`)).rejects.toThrow(/append-only/);
    await expect(database.pool.query('DELETE FROM events WHERE position = 1')).rejects.toThrow(/append-only/);
    await expect(database.pool.query('TRUNCATE events')).rejects.toThrow(/append-only/);
  });
});

describe('two stores on one database, as two processes', () => {
  const event = (id: string) => ({ type: 'Noted', data: { id }, metadata: { eventId: id, actor: metadata.actor, occurredAt: metadata.now, correlationId: id, causationId: id, schemaVersion: 1 } });
  const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  let other: PostgresEventStore;
  beforeAll(() => (other = new PostgresEventStore(database.pool, new SteppingClock(new Date('2026-03-02T08:00:00Z')))));
  afterAll(() => other.close());

  it('refuses a writer whose remembered head is stale, and chains a writer that has read nothing to the stored hash', async () => {
    await store.append('shared-1', [event(uuid(1))], 'no-stream');
    await store.readStream('shared-1');
    // The other process appends: what `store` remembers of the stream is now behind.
    await other.append('shared-1', [event(uuid(2))], 0);
    await expect(store.append('shared-1', [event(uuid(3))], 0)).rejects.toMatchObject({ name: 'WrongExpectedRevisionError', actual: 1 });
    // At the right revision, `store` seals against the hash the other process stored, which it never saw.
    await store.append('shared-1', [event(uuid(4))], 1);
    const { rows } = await database.pool.query<{ revision: number; prev_hash: string; hash: string }>(
      `SELECT revision, prev_hash, hash FROM events WHERE stream_id = 'shared-1' ORDER BY revision`,
    );
    expect(rows.map((row) => row.revision)).toEqual([0, 1, 2]);
    expect(rows[2].prev_hash).toBe(rows[1].hash);
    expect(rows[1].prev_hash).toBe(rows[0].hash);
  });
});
