import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Registry } from 'prom-client';
import { procurementStreamId, type Actor, type DomainEvent } from '@kravspar/domain';
import { auditMigrations, eventStoreMigrations, PostgresEventStore, type EventToAppend, type JsonObject } from '@kravspar/event-store';
import { runMigrations } from '@kravspar/postgres';
import { READ_MODEL_PROJECTIONS } from '@kravspar/projections';
import { READ_MODEL_MIGRATIONS } from '@kravspar/read-store';
import { createTestDatabase } from '@kravspar/testing';
import { ProjectionMetrics } from '../apps/projector/src/projection-metrics';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import {
  accepted, acme, activated, commitmentEstablished, commitmentStream, completed, contractRegistered, contractStream, event, interrupted,
  matched, matcher, offered, owner, proposed, referralCreated, referralStream, reopened, started,
} from '../libs/read-models/src/follow-up-events.fixtures';
import { LIFECYCLE } from '../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { readModelRows } from '../test/support/database-rows';

// `npm run bench:rebuild`: `rebuild --all` over 100,000 events with the built audit-cli, after the live
// projector built the same read models event by event; the tables must come out identical, and
// `diff --all` must agree. Prints the figures. Run it on a quiet machine: the rates are absolute.

const EVENTS = 100_000;
const CLI = path.resolve(__dirname, '../dist/apps/audit-cli/src/main.js');
const system: Actor = { userId: 'workflow', role: 'system', unitId: 'system' };

const toAppend = (event: DomainEvent, actor: Actor): EventToAppend => {
  const eventId = randomUUID();
  return { type: event.type, data: event.data as JsonObject, metadata: { eventId, actor, occurredAt: event.metadata.occurredAt, correlationId: eventId, causationId: eventId, schemaVersion: 1, ...(event.metadata.ruleRefs?.length ? { ruleRefs: event.metadata.ruleRefs } : {}) } };
};

/** One procurement's lifecycle, then a contract with a placement commitment and two referrals: every read model gets rows. */
function acts(unit: number): (readonly [string, DomainEvent[], Actor])[] {
  const contract = `u${unit}`;
  const commitment = `u${unit}-wt`;
  const [r1, r2] = [`u${unit}-r1`, `u${unit}-r2`];
  return [
    [procurementStreamId(randomUUID()), LIFECYCLE.map(([e]) => e), LIFECYCLE[0][1]],
    [contractStream(contract), [contractRegistered(contract)], system],
    [commitmentStream(commitment), [commitmentEstablished(commitment, { contractId: contract }), activated(), offered('s1'), offered('s2')], system],
    [contractStream(contract), [event('ContractStarted', { date: '2026-06-01' })], owner],
    [referralStream(r1), [referralCreated(r1), proposed('s1', commitment), accepted('s1')], matcher],
    [commitmentStream(commitment), [matched('s1', r1), started('s1', r1), interrupted('s1', r1), reopened('s1')], acme],
    [referralStream(r2), [referralCreated(r2), proposed('s2', commitment)], matcher],
    [commitmentStream(commitment), [matched('s2', r2), started('s2', r2), completed('s2', r2)], acme],
  ];
}

function cli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], { env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
    );
    child.stderr?.pipe(process.stderr); // the progress bar
  });
}

it(`rebuild --all over ${EVENTS} events equals the live read models`, async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const database = await createTestDatabase();
  const store = new PostgresEventStore(database.pool, { now: async () => new Date() });
  try {
    for (const set of [eventStoreMigrations, auditMigrations, ...READ_MODEL_MIGRATIONS]) await runMigrations(database.pool, set);
    let appended = 0;
    const revisions = new Map<string, number>();
    const appendStarted = performance.now();
    for (let unit = 0; appended < EVENTS; unit++) {
      for (const [streamId, events, actor] of acts(unit)) {
        const { revision } = await store.append(streamId, events.map((e) => toAppend(e, actor)), revisions.get(streamId) ?? 'no-stream');
        revisions.set(streamId, revision);
        appended += events.length;
      }
    }
    const appendSeconds = (performance.now() - appendStarted) / 1000;

    const runner = new ProjectionRunner(store, database.pool, { now: async () => new Date() }, READ_MODEL_PROJECTIONS, new ProjectionMetrics(new Registry(), 'bench'));
    const liveStarted = performance.now();
    await runner.start();
    await runner.waitUntilCaughtUp(1_500_000);
    await runner.stop();
    const liveSeconds = (performance.now() - liveStarted) / 1000;
    const live = await readModelRows(database.pool);

    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: database.url, DATA_DIR: mkdtempSync(path.join(tmpdir(), 'kravspar-bench-')) };
    const rebuildStarted = performance.now();
    const rebuild = await cli(['rebuild', '--all', '--progress', '--json'], env);
    const rebuildSeconds = (performance.now() - rebuildStarted) / 1000;
    expect(rebuild.code).toBe(0);
    const rebuilt = await readModelRows(database.pool);
    expect(rebuilt).toEqual(live);
    const diff = await cli(['diff', '--all', '--json'], env);
    expect([diff.code, JSON.parse(diff.stdout).identical]).toEqual([0, true]);

    const rows = Object.values(live).reduce((sum, table) => sum + table.length, 0);
    const figures = [
      `events: ${appended} (${revisions.size + 0} streams), appended in ${appendSeconds.toFixed(1)} s`,
      `live projector (event by event, ${READ_MODEL_PROJECTIONS.length} read models): ${liveSeconds.toFixed(1)} s, ${Math.round(appended / liveSeconds)} events/s`,
      `audit rebuild --all (CLI process, incl. start and swap): ${rebuildSeconds.toFixed(1)} s, ${Math.round(appended / rebuildSeconds)} events/s`,
      `read-model rows compared: ${rows} in ${Object.keys(live).length} tables — identical; diff --all: identical`,
    ];
    process.stdout.write(`\n${figures.join('\n')}\n`);
  } finally {
    await store.close();
    await database.drop();
  }
});
