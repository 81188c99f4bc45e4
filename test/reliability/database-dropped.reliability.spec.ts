import { randomUUID } from 'node:crypto';
import { sleep } from '../support/all-in-one-process';
import { projectionsAtHead } from '../support/database-rows';
import { report, sized } from './reliability-scale';
import { criterion, procurement, systemWithOfficer } from './system-with-officer';

const DROPS = sized(3, 10);
const CLIENTS = 4;
const DROP_EVERY_MS = 400;
const RETRIES = 50;

type Sent = { readonly key: string; readonly title: string; statuses: number[]; retryAfter: (string | null)[]; id?: string };

const under = systemWithOfficer();

const initiate = (request: Sent) =>
  under.system().commands.post<{ id: string }>('/procurements', under.officer(), procurement(request.title), { 'idempotency-key': request.key });

async function send(request: Sent): Promise<void> {
  const answer = await initiate(request);
  request.statuses.push(answer.status);
  request.retryAfter.push(answer.headers.get('retry-after'));
  if (answer.status === 201) request.id = answer.body.id;
}

/** Ends every connection the apps hold to their database, as a failover or a network cut does. */
async function dropAppConnections(): Promise<number> {
  const { rows } = await under.system().database.pool.query<{ dropped: boolean }>(
    `SELECT pg_terminate_backend(pid) AS dropped FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND application_name = 'kravspar'`,
  );
  return rows.filter((row) => row.dropped).length;
}

describe(`the database connections dropped ${DROPS} times during a load`, () => {
  it('answers 503 with Retry-After, never 500, and recovers without a restart: every command retried lands once', async () => {
    const system = under.system();
    const officer = under.officer();
    const sent: Sent[] = [];
    let stopped = false;
    const client = async (): Promise<void> => {
      while (!stopped) {
        const key = randomUUID();
        const request: Sent = { key, title: `Avbrott ${key}`, statuses: [], retryAfter: [] };
        sent.push(request);
        await send(request);
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    let connectionsDropped = 0;
    for (let drop = 0; drop < DROPS; drop++) {
      await sleep(DROP_EVERY_MS);
      connectionsDropped += await dropAppConnections();
    }
    await sleep(DROP_EVERY_MS);
    stopped = true;
    await Promise.all(clients);

    const firstAnswers = sent.map((request) => request.statuses[0]);
    const unavailable = sent.filter((request) => request.statuses[0] === 503);
    expect(firstAnswers.filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(unavailable.filter((request) => request.retryAfter[0] === null)).toEqual([]);

    // The client retries what was refused, with the same key, as Retry-After asks: the apps, never restarted, take it.
    for (const request of unavailable) {
      for (let attempt = 0; request.statuses.at(-1) !== 201 && attempt < RETRIES; attempt++) {
        await sleep(Number(request.retryAfter.at(-1) ?? 1) * 100);
        await send(request);
      }
      expect(request.statuses.at(-1)).toBe(201);
    }
    expect(sent.flatMap((request) => request.statuses).filter((status) => status >= 500 && status !== 503)).toEqual([]);

    const { rows } = await system.database.pool.query<{ title: string; count: number }>(
      `SELECT data->>'title' AS title, count(*)::int AS count FROM events WHERE type = 'ProcurementInitiated' GROUP BY 1`,
    );
    expect(rows.filter((row) => row.count !== 1)).toEqual([]);
    expect(new Set(rows.map((row) => row.title))).toEqual(new Set(sent.map((request) => request.title)));

    // The projector recovered too: every procurement reaches the read model and query-api serves it.
    await projectionsAtHead(system.database.pool, ['procurements.v2', 'procurement-timeline.v2'], 60_000);
    const { rows: [{ projected }] } = await system.database.pool.query<{ projected: number }>('SELECT count(*)::int AS projected FROM procurements_v2');
    expect(projected).toBe(sent.length);
    const last = sent.at(-1)!;
    expect((await system.queries.get(`/procurements/${last.id}`, officer)).status).toBe(200);

    report('database connections dropped during load', {
      drops: DROPS, 'connections ended': connectionsDropped, commands: sent.length, 'answered 201 at once': firstAnswers.filter((s) => s === 201).length,
      'answered 503 with Retry-After': unavailable.length, 'answered 500': 0, 'retries until 201': sent.reduce((sum, r) => sum + r.statuses.length - 1, 0),
      'events stored': rows.length, 'read-model rows': projected,
    });
  }, sized(120_000, 300_000));
});
