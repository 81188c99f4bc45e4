import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { Clock } from '@kravspar/clock';
import type { EventToAppend } from '../event-store.port';
import { PostgresEventStore } from '../postgres/postgres-event-store';

// Test support for the tamper suites: a log of 10,000 events appended fast, and the edits an intruder
// with superuser rights on the database would make.

export const STREAMS = 100;
const BATCH = 20;
const ROUNDS = 5;
/** STREAMS × BATCH × ROUNDS. */
export const LOG_SIZE = STREAMS * BATCH * ROUNDS;

const clock: Clock = { now: async () => new Date('2026-03-02T09:00:00.000Z') };

function event(stream: number, n: number): EventToAppend {
  return {
    type: 'PlacementReported',
    data: { n, note: `placement report ${n} of stream ${stream}`, counts: { offered: n % 7, started: n % 3 } },
    metadata: {
      eventId: randomUUID(),
      actor: { userId: `user-${stream}`, role: 'buyer', unitId: 'waste' },
      occurredAt: '2026-03-02T10:00:00+01:00',
      correlationId: `corr-${stream}-${n}`,
      causationId: `cause-${stream}-${n}`,
      schemaVersion: 1,
    },
  };
}

/**
 * Appends LOG_SIZE events through the PostgreSQL event store in batches of 20 per append, all streams of
 * a round at once, so that positions interleave streams in runs of 20.
 */
export async function appendLog(pool: Pool): Promise<void> {
  const store = new PostgresEventStore(pool, clock);
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await Promise.all(
        Array.from({ length: STREAMS }, (_, stream) => {
          const events = Array.from({ length: BATCH }, (_, i) => event(stream, round * BATCH + i));
          return store.append(`tamper-${stream}`, events, round === 0 ? 'no-stream' : round * BATCH - 1);
        }),
      );
    }
  } finally {
    await store.close();
  }
}

/** The first position p > after whose event belongs to another stream than the event at p + 1. */
export async function streamBoundaryAfter(pool: Pool, after: number): Promise<number> {
  const { rows } = await pool.query<{ position: number }>(
    `SELECT e.position FROM events e JOIN events f ON f.position = e.position + 1
      WHERE e.position > $1 AND e.stream_id <> f.stream_id ORDER BY e.position LIMIT 1`,
    [after],
  );
  return Number(rows[0].position);
}
