import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eventStoreMigrations, PostgresEventStore, type EventToAppend } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';

// The built CLI as a user runs it: help, exit codes and --json, on a database of its own.

// Each run starts a Node process (about half a second here); a test makes several.
jest.setTimeout(60_000);

const CLI = path.resolve(__dirname, '../../../dist/apps/audit-cli/src/main.js');
const dataDir = mkdtempSync(path.join(tmpdir(), 'kravspar-audit-cli-'));
const file = (name: string) => path.join(dataDir, name);
let database: TestDatabase;
let store: PostgresEventStore;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly json: any;
}

function audit(...args: string[]): Promise<Run> {
  const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: dataDir };
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolve({ code, stdout, stderr, json });
    });
  });
}

const events = (n: number): EventToAppend[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'Noted',
    data: { i, note: `note ${i}` },
    metadata: { eventId: randomUUID(), actor: { userId: 'u', role: 'buyer', unitId: 'waste' }, occurredAt: '2026-03-02T10:00:00+01:00', correlationId: 'c', causationId: 'c', schemaVersion: 1 },
  }));

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first (npm test does)`);
  chmodSync(dataDir, 0o755);
  database = await createTestDatabase();
  await runMigrations(database.pool, eventStoreMigrations);
  let minute = 0;
  store = new PostgresEventStore(database.pool, { now: async () => new Date(Date.parse('2026-03-02T08:00:00Z') + 60_000 * minute++) });
  for (const [revision, event] of events(3).entries()) await store.append('case-1', [event], revision === 0 ? 'no-stream' : revision - 1);
  await store.append('case-2', events(40), 'no-stream');
});
afterAll(async () => {
  await store?.close();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run audit', () => {
  it('prints its help with exit code 0', async () => {
    const run = await audit('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run audit -- <command>');
    expect(run.stdout).toContain('Exit codes: 0 ok; 1 verification failed');
    expect(run.stdout).toContain('DATABASE_URL');
  });

  it.each([
    [[]],
    [['bogus']],
    [['verify', '--bogus']],
    [['history']],
    [['history', 'case-1', '--as-of', 'yesterday']],
    [['verify', '--export', 'x.jsonl']],
    [['verify', '--all', '--stream', 'case-1']],
    [['checkpoint', 'prove', '1']],
    [['export']],
    [['state']],
    [['state', 'case-1']],
    [['state', 'procurement-x', '--as-of', '3']],
    [['rebuild']],
    [['rebuild', 'bogus']],
    [['rebuild', 'procurements', '--all']],
    [['diff']],
  ])('exits 2 with the help for a usage error: %j', async (args) => {
    const run = await audit(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run audit');
  });

  it('reports a usage error as JSON with --json', async () => {
    expect(await audit('bogus', '--json')).toMatchObject({ code: 2, json: { error: "unknown command 'bogus'", exitCode: 2 } });
  });

  it('seals, verifies, shows history, exports and verifies the export offline, with --json', async () => {
    expect(await audit('checkpoint', 'seal', '--json')).toMatchObject({ code: 0, json: { sealed: true, checkpoint: { id: 1, treeSize: 43 } } });
    expect(await audit('checkpoint', 'seal', '--json')).toMatchObject({ code: 0, json: { sealed: false, reason: 'no event since the latest checkpoint' } });
    expect(await audit('verify', '--json')).toMatchObject({ code: 0, json: { ok: true, checked: 43, checkpointsChecked: 1 } });
    expect(await audit('verify', '--stream', 'case-2', '--json')).toMatchObject({ code: 0, json: { ok: true, checked: 40 } });
    const history = await audit('history', 'case-1', '--as-of', '1', '--json');
    expect(history).toMatchObject({ code: 0, json: { streamId: 'case-1', events: [{ revision: 0 }, { revision: 1 }] } });
    const asOf = history.json.events[0].metadata.recordedAt;
    expect((await audit('history', 'case-1', '--as-of', asOf, '--json')).json.events).toHaveLength(1);
    expect((await audit('history', 'case-1')).stdout).toContain('case-1: 3 events');
    expect(await audit('key', '--out', file('key.pem'), '--json')).toMatchObject({ code: 0, json: { keyId: expect.any(String) } });
    expect(await audit('export', '--out', file('log.jsonl'), '--json')).toMatchObject({ code: 0, json: { events: 43, checkpoints: 1 } });
    expect(await audit('verify', '--export', file('log.jsonl'), '--public-key', file('key.pem'), '--json')).toMatchObject({ code: 0, json: { ok: true, checked: 43 } });
  });

  it('rebuilds and diffs the read models with progress, and states a stream as of a time', async () => {
    const rebuilt = await audit('rebuild', '--all', '--json', '--progress');
    expect(rebuilt).toMatchObject({ code: 0, json: { position: 43, tables: expect.arrayContaining(['procurements_v2', 'referrals_v1']) } });
    expect(rebuilt.stderr).toMatch(/rebuild .* 100% 43\/43 .*ETA/);
    const diffed = await audit('diff', 'procurements', 'referrals.v1', '--json');
    expect(diffed).toMatchObject({ code: 0, json: { identical: true, projections: [{ projection: 'procurements.v2' }, { projection: 'referrals.v1' }] } });
    expect((await audit('diff', '--all')).stdout).toContain('ok: the rebuilt read models equal the live ones');
    expect((await audit('state', 'procurement-none')).stderr).toContain('no stream procurement-none');
  });

  it('proves two checkpoints consistent, and checks the saved proof offline', async () => {
    await store.append('case-1', events(2), 2);
    expect((await audit('checkpoint', 'seal')).stdout).toContain('sealed checkpoint 2: tree size 45');
    expect(await audit('checkpoint', 'prove', '1', '2', '--out', file('proof.json'), '--json')).toMatchObject({ code: 0, json: { ok: true } });
    expect((await audit('checkpoint', 'check-proof', file('proof.json'), '--public-key', file('key.pem'))).code).toBe(0);
    const proof = JSON.parse(readFileSync(file('proof.json'), 'utf8'));
    writeFileSync(file('forged.json'), JSON.stringify({ ...proof, proof: proof.proof.map(() => 'ab'.repeat(32)) }));
    expect(await audit('checkpoint', 'check-proof', file('forged.json'), '--public-key', file('key.pem'), '--json')).toMatchObject({ code: 1, json: { ok: false } });
    expect((await audit('checkpoint', 'list', '--json')).json.checkpoints).toHaveLength(2);
  });

  it('exits 1 naming the first bad position once the log or the export was altered, and shows progress on request', async () => {
    const exported = readFileSync(file('log.jsonl'), 'utf8');
    writeFileSync(file('edited.jsonl'), exported.replace('"note 7"', '"note 8"'));
    expect(await audit('verify', '--export', file('edited.jsonl'), '--public-key', file('key.pem'), '--json')).toMatchObject({ code: 1, json: { ok: false, firstBadPosition: 11, problem: 'modified' } });
    const client = await database.pool.connect();
    try {
      await client.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      await client.query('DELETE FROM events WHERE position = 20');
    } finally {
      client.release();
    }
    expect(await audit('verify', '--json')).toMatchObject({ code: 1, json: { ok: false, firstBadPosition: 20, problem: 'deleted' } });
    const text = await audit('verify', '--progress');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('FAILED at position 20: deleted');
    expect(text.stderr).toMatch(/verify .* 100% 45\/45 .*ETA/);
  });
});
