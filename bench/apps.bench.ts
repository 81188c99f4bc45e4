import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import type { Pool } from 'pg';
import { loadOrCreateDevKeyPair, mintDevToken } from '@kravspar/http';
import { figure, quantile, say, type Case } from './figures';
import { AppProcess, freePort, sleep } from './processes';

const RATES = [100, 200, 300, 400, 500, 600];
const SECONDS_PER_RATE = 5;
const CONNECTIONS = 32;
const P99_LIMIT_MS = 50;
const CHECKPOINT_POLL_MS = 5;
/** The read model a command's result shows in first: the procurement list and detail. */
const VISIBLE_IN = 'procurements.v2';

/** The apps run alone, each its own process on the benchmark's database, as in production. */
export class RunningApps {
  private constructor(
    readonly apps: AppProcess[],
    readonly commandApiPort: number,
    readonly token: string,
  ) {}

  static async start(databaseUrl: string, dataDir: string): Promise<RunningApps> {
    const ports = { COMMAND_API_PORT: await freePort(), QUERY_API_PORT: await freePort(), PROJECTOR_PORT: await freePort(), NOTIFIER_PORT: await freePort() };
    const env = { ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])), DATABASE_URL: databaseUrl, DATA_DIR: dataDir, HOST: '127.0.0.1', NODE_ENV: 'development', RATE_LIMIT_PER_MINUTE: '0', CHECKPOINT_INTERVAL_SECONDS: '0' };
    // One after the other: each runs its migrations at start.
    const apps: AppProcess[] = [];
    for (const [app, port] of [['command-api', ports.COMMAND_API_PORT], ['projector', ports.PROJECTOR_PORT], ['query-api', ports.QUERY_API_PORT], ['notifier', ports.NOTIFIER_PORT]] as const) {
      const process = AppProcess.run(app, [], env);
      apps.push(process);
      await process.waitUntilHealthy(port);
    }
    const token = await mintDevToken(await loadOrCreateDevKeyPair(dataDir), { role: 'procurement-officer', unitId: 'procurement-support', userId: 'bench-officer' });
    return new RunningApps(apps, ports.COMMAND_API_PORT, token);
  }

  async stop(): Promise<void> {
    await Promise.all(this.apps.map((app) => app.stop()));
  }

  rssCases(): Case[] {
    return this.apps.map((app) => figure(`rss.peak.${app.name}`, app.peakRssMiB, 'MiB', null));
  }
}

const procurement = (title: string) => ({ title, buyerUnitId: 'waste', procedure: 'open', regime: 'directive', estimatedValue: { amount: 4_000_000, currency: 'SEK' } });

/** POST /procurements (a new stream each: an InitiateProcurement through the whole write path) at a fixed rate. */
function loadAt(apps: RunningApps, rate: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${apps.commandApiPort}`,
    connections: CONNECTIONS,
    overallRate: rate,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/procurements',
        setupRequest: (request) => {
          const key = randomUUID();
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${apps.token}`, 'idempotency-key': key },
            body: JSON.stringify(procurement(`Bench ${key}`)),
          };
        },
      },
    ],
  });
}

export async function httpCases(apps: RunningApps, pool: Pool): Promise<Case[]> {
  const cases: Case[] = [];
  let held: number | undefined;
  await loadAt(apps, 50, 2); // warm-up: connections, JIT, pools
  for (const rate of RATES) {
    const result = await loadAt(apps, rate, SECONDS_PER_RATE);
    const errors = result.non2xx + result.errors + result.timeouts;
    const achieved = result.requests.average;
    say(`http: ${rate}/s asked, ${achieved}/s answered, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors`);
    cases.push(figure(`http.initiate.${rate}rps.p50`, result.latency.p50, 'ms', null));
    cases.push(figure(`http.initiate.${rate}rps.p99`, result.latency.p99, 'ms', P99_LIMIT_MS, { text: `≤ ${P99_LIMIT_MS} ms`, met: result.latency.p99 <= P99_LIMIT_MS }));
    if (result.latency.p99 <= P99_LIMIT_MS && errors === 0 && achieved >= rate * 0.95) held = rate;
    else break;
  }
  const best = held ?? 0;
  cases.push(figure('http.highest-rate-p99-within-50ms', best, 'commands/s', 500, { text: '≥ 500 commands/s', met: best >= 500 }));
  const lagRate = held ?? RATES[0];
  const lag = await visibilityLag(apps, pool, lagRate);
  say(`lag at ${lagRate}/s: ${lag.length} commands, p50 ${quantile(lag, 0.5)} ms, p99 ${quantile(lag, 0.99)} ms`);
  cases.push(figure(`lag.append-to-read-model.${lagRate}rps.p50`, quantile(lag, 0.5), 'ms', null));
  cases.push(figure(`lag.append-to-read-model.${lagRate}rps.p99`, quantile(lag, 0.99), 'ms', 100, { text: '≤ 100 ms', met: quantile(lag, 0.99) <= 100 }));
  return cases;
}

/**
 * Append → visible: for each event stored during a run at `rate`, the time from its `recorded_at` until
 * the procurement read model's checkpoint (committed with the rows) first showed it, polled every few ms.
 */
async function visibilityLag(apps: RunningApps, pool: Pool, rate: number): Promise<number[]> {
  const seen: Array<{ at: number; position: number }> = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const { rows } = await pool.query<{ position: number }>('SELECT position FROM projection_checkpoints WHERE name = $1', [VISIBLE_IN]);
      seen.push({ at: Date.now(), position: Number(rows[0]?.position ?? 0) });
      await sleep(CHECKPOINT_POLL_MS);
    }
  })();
  const { rows: [{ head }] } = await pool.query<{ head: number }>('SELECT position AS head FROM event_log_head');
  await loadAt(apps, rate, SECONDS_PER_RATE);
  await sleep(2_000);
  polling = false;
  await poller;
  const { rows } = await pool.query<{ position: number; recorded: number }>(
    `SELECT position, extract(epoch FROM recorded_at) * 1000 AS recorded FROM events WHERE position > $1 ORDER BY position`,
    [head],
  );
  return rows.flatMap((row) => {
    const visible = seen.find((sample) => sample.position >= Number(row.position));
    return visible ? [Math.max(0, visible.at - Number(row.recorded))] : [];
  });
}

/** `audit verify --all` over the stored log, as an auditor runs it; also its peak RSS. */
export async function verifyCases(databaseUrl: string, dataDir: string, events: number): Promise<Case[]> {
  const started = performance.now();
  const cli = AppProcess.run('audit-cli', ['verify', '--all', '--json'], { DATABASE_URL: databaseUrl, DATA_DIR: dataDir });
  const code = await cli.finished();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`audit verify --all exited with ${code}:\n${cli.lastOutput}`);
  const rate = events / seconds;
  say(`verify --all: ${events} events in ${seconds.toFixed(1)} s`);
  return [
    figure('verify.all', rate, 'events/s', 100_000, { text: '≥ 100,000 events/s', met: rate >= 100_000 }),
    figure('rss.peak.audit-cli-verify', cli.peakRssMiB, 'MiB', null),
  ];
}
