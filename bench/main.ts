import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appendCases } from './append.bench';
import { httpCases, RunningApps, verifyCases } from './apps.bench';
import { BenchDatabase } from './bench-database';
import { machine, say, type Case } from './figures';
import { generateRealisticLog } from './realistic-events';
import { rebuildCase, storeLog } from './rebuild.bench';
import { Progress } from './progress';

const REALISTIC_EVENTS = Number(process.argv[2] ?? 100_000);

const RESULTS = path.resolve(__dirname, "../../bench/results.json");

async function main(): Promise<void> {
  const started = Date.now();
  const measuredOn = machine();
  say(`machine: ${measuredOn.cores} × ${measuredOn.cpu}, load average ${measuredOn.loadAverageAtStart.join(' ')}`);
  say('starting the benchmark\'s embedded PostgreSQL');
  const database = await BenchDatabase.start();
  const cases: Case[] = [];
  try {
    const appends = await database.create('bench_appends');
    cases.push(...(await appendCases(appends.pool)));
    await appends.pool.end();

    const bar = new Progress('generating events');
    const log = await generateRealisticLog(REALISTIC_EVENTS, (done) => bar.update(done, REALISTIC_EVENTS));
    bar.finish();
    say(`generated ${log.events.length} events: ${log.procurements} procurements and their contracts (${log.refusals} commands refused by rules)`);
    const history = await database.create('bench_history');
    await storeLog(history.pool, log.events);
    cases.push(await rebuildCase(history.pool, log.events.length));
    await history.pool.end();
    cases.push(...(await verifyCases(history.url, database.dataDir, log.events.length)));

    say('http: command-api, projector, query-api and notifier, each alone on a fresh database');
    const live = await database.create('bench_apps');
    const apps = await RunningApps.start(live.url, database.dataDir);
    try {
      cases.push(...(await httpCases(apps, live.pool)));
    } finally {
      await apps.stop();
      await live.pool.end();
    }
    cases.push(...apps.rssCases());
  } finally {
    await database.stop();
  }
  const results = { machine: { ...measuredOn, durationSeconds: Math.round((Date.now() - started) / 1000) }, cases };
  await writeFile(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  printTable(cases);
  say(`wrote ${RESULTS} in ${results.machine.durationSeconds} s`);
}

function printTable(cases: readonly Case[]): void {
  const rows = cases.map((c) => [c.name, `${c.value} ${c.unit}`, c.baseline === null ? '' : String(c.baseline), c.ratio === null ? '' : c.ratio.toFixed(3), c.target ?? '', c.meetsTarget === undefined ? '' : c.meetsTarget ? 'yes' : 'NO']);
  const header = ['case', 'value', 'baseline', 'ratio', 'target', 'met'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
