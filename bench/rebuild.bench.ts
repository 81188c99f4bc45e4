import type { Pool } from 'pg';
import { Registry } from 'prom-client';
import { SystemClock } from '@kravspar/clock';
import { PostgresEventStore, type EventToAppend, type RecordedEvent } from '@kravspar/event-store';
import { ProjectionMetrics } from '../apps/projector/src/projection-metrics';
import { ProjectionRunner } from '../apps/projector/src/projection-runner';
import { READ_MODEL_PROJECTIONS } from '@kravspar/projections';
import { Progress } from './progress';
import { figure, say, type Case } from './figures';

/** Past this the rate so far is reported (the slowest read model's progress), so the run stays within its budget. */
const REBUILD_LIMIT_MS = 4 * 60_000;

/**
 * Stores the generated log through the event store once, in its global order: each run of consecutive
 * events of one stream is one append, as the write path made it.
 */
export async function storeLog(pool: Pool, events: readonly RecordedEvent[]): Promise<void> {
  const store = new PostgresEventStore(pool, new SystemClock());
  const bar = new Progress('storing the log');
  try {
    for (let start = 0; start < events.length; ) {
      let end = start + 1;
      while (end < events.length && events[end].streamId === events[start].streamId) end++;
      const run = events.slice(start, end);
      const first = run[0];
      await store.append(first.streamId, run.map(toAppend), first.revision === 0 ? 'no-stream' : first.revision - 1);
      start = end;
      bar.update(start, events.length);
    }
  } finally {
    bar.finish();
    await store.close();
  }
}

function toAppend(event: RecordedEvent): EventToAppend {
  const { recordedAt: _recordedAt, prevHash: _prevHash, hash: _hash, ...metadata } = event.metadata;
  return { type: event.type, data: event.data, metadata };
}

/** Every read model from position 0 with the projector's runner, until each has reached the head of the log. */
export async function rebuildCase(pool: Pool, eventCount: number): Promise<Case> {
  const store = new PostgresEventStore(pool, new SystemClock());
  const runner = new ProjectionRunner(store, pool, new SystemClock(), READ_MODEL_PROJECTIONS, new ProjectionMetrics(new Registry(), 'bench'));
  const head = await store.headPosition();
  const bar = new Progress('rebuilding');
  const started = performance.now();
  const ticker = setInterval(() => bar.update(Math.min(...Object.values(runner.positions())), head), 250);
  let complete = true;
  try {
    await runner.start();
    await runner.waitForPosition(head, REBUILD_LIMIT_MS).catch(() => (complete = false));
  } finally {
    clearInterval(ticker);
    bar.finish();
  }
  const seconds = (performance.now() - started) / 1000;
  const reached = Math.min(...Object.values(runner.positions()));
  await runner.stop();
  await store.close();
  const rate = (complete ? eventCount : reached) / seconds;
  if (!complete) say(`rebuild: stopped after ${Math.round(seconds)} s at position ${reached} of ${head} (the slowest read model); the rate is of that part`);
  say(`rebuild: ${READ_MODEL_PROJECTIONS.length} read models over ${eventCount} events`);
  return figure(complete ? 'rebuild.all-read-models' : 'rebuild.all-read-models (partial)', rate, 'events/s', 20_000, { text: '≥ 20,000 events/s', met: rate >= 20_000 });
}
