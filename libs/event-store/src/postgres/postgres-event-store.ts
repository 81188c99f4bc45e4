import type { Pool } from 'pg';
import type { Clock } from '@kravspar/clock';
import type {
  AppendResult, EventStore, EventToAppend, ExpectedRevision, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription,
} from '../event-store.port';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { GENESIS_HASH } from '../integrity';
import { startPollingSubscription } from '../polling-subscription';
import { sealEvents } from '../seal';
import { EVENT_COLUMNS, likePrefix, toRecordedEvent, type EventRow } from './event-rows';
import { AppendListener } from './append-listener';
import { StreamHeads } from './stream-heads';

const UNIQUE_VIOLATION = '23505';

/** The default adapter: an append-only `events` table with a gap-free global position. */
export class PostgresEventStore implements EventStore {
  private readonly listener: AppendListener;
  private readonly heads = new StreamHeads();

  constructor(
    private readonly pool: Pool,
    private readonly clock: Clock,
  ) {
    this.listener = new AppendListener(pool);
  }

  /**
   * One INSERT statement in its own transaction: it takes the next positions from the log head and stores
   * the sealed events. The expected revision is enforced by the `(stream_id, revision)` key (an event at
   * the revision after `expected` already exists, or the stream does not exist yet); the previous hash
   * comes from the stream head this process remembers, else from one read of that revision.
   */
  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(streamId, expected);
    const recordedAt = (await this.clock.now()).toISOString();
    const prevHash = expected === 'no-stream' ? GENESIS_HASH : await this.hashAt(streamId, expected);
    if (prevHash === undefined) {
      return (await this.findRepeat(streamId, events)) ?? this.throwConflict(streamId, expected, await this.currentRevision(streamId));
    }
    const sealed = sealEvents(streamId, expected === 'no-stream' ? 0 : expected + 1, prevHash, events, recordedAt);
    try {
      const position = await this.insert(sealed);
      const last = sealed[sealed.length - 1];
      this.heads.remember(streamId, { revision: last.revision, hash: last.metadata.hash });
      return { streamId, revision: last.revision, position };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const repeat = await this.findRepeat(streamId, events);
      if (repeat) return repeat;
      if (error.constraint === 'events_stream_revision') this.throwConflict(streamId, expected, await this.currentRevision(streamId));
      throw error;
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { direction = 'forwards', fromRevision, toRevision, recordedAtOrBefore, maxCount } = options;
    const params: unknown[] = [streamId];
    const where = ['stream_id = $1'];
    if (toRevision !== undefined) where.push(`revision <= $${params.push(toRevision)}`);
    if (recordedAtOrBefore !== undefined) where.push(`recorded_at <= $${params.push(recordedAtOrBefore)}`);
    if (fromRevision !== undefined) {
      where.push(`revision ${direction === 'forwards' ? '>=' : '<='} $${params.push(fromRevision)}`);
    }
    const limit = maxCount === undefined ? '' : `LIMIT $${params.push(maxCount)}`;
    const order = direction === 'forwards' ? 'ASC' : 'DESC';
    const result = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY revision ${order} ${limit}`,
      params,
    );
    const read = result.rows.map(toRecordedEvent);
    // Only a forward read to the end shows the stream's last event.
    const last = read.at(-1);
    if (last && direction === 'forwards' && toRevision === undefined && recordedAtOrBefore === undefined && maxCount === undefined) {
      this.heads.remember(streamId, { revision: last.revision, hash: last.metadata.hash });
    }
    return read;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const params: unknown[] = [options.after ?? 0];
    const where = ['position > $1'];
    const { streamPrefixes, eventTypes } = options.filter ?? {};
    if (streamPrefixes?.length) where.push(`stream_id LIKE ANY ($${params.push(streamPrefixes.map(likePrefix))})`);
    if (eventTypes?.length) where.push(`type = ANY ($${params.push(eventTypes)})`);
    const limit = options.maxCount === undefined ? '' : `LIMIT $${params.push(options.maxCount)}`;
    const result = await this.pool.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position ${limit}`,
      params,
    );
    return result.rows.map(toRecordedEvent);
  }

  subscribe(options: SubscribeOptions): Subscription {
    return startPollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
        waitForAppend: (timeoutMs) => this.listener.waitForAppend(timeoutMs),
      },
      options,
    );
  }

  async headPosition(): Promise<number> {
    const result = await this.pool.query<{ position: string }>('SELECT position FROM event_log_head');
    return Number(result.rows[0].position);
  }

  async close(): Promise<void> {
    await this.listener.close();
  }

  /** Takes the next positions from the log head (its row lock held until commit) and inserts the sealed events. */
  private async insert(sealed: ReturnType<typeof sealEvents>): Promise<number> {
    const rows = sealed.map(({ metadata: { prevHash, hash, ...metadata }, ...event }) => ({
      ...event, metadata, prevHash, hash,
    }));
    const result = await this.pool.query<{ position: string }>(
      `WITH head AS (
         UPDATE event_log_head SET position = position + $1 RETURNING position
       )
       INSERT INTO events (position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash)
       SELECT head.position - $1 + e.ord, e.value->>'streamId', (e.value->>'revision')::int,
              (e.value->'metadata'->>'eventId')::uuid, e.value->>'type', e.value->'data', e.value->'metadata',
              (e.value->'metadata'->>'recordedAt')::timestamptz, e.value->>'prevHash', e.value->>'hash'
         FROM head, jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(value, ord)
       RETURNING position`,
      [rows.length, JSON.stringify(rows)],
    );
    return Math.max(...result.rows.map((row) => Number(row.position)));
  }

  /** The hash of the stream's event at `revision`, if it has one: remembered, or read (stored events never change). */
  private async hashAt(streamId: string, revision: number): Promise<string | undefined> {
    const remembered = this.heads.hashAt(streamId, revision);
    if (remembered !== undefined) return remembered;
    const result = await this.pool.query<{ hash: string }>('SELECT hash FROM events WHERE stream_id = $1 AND revision = $2', [streamId, revision]);
    return result.rows[0]?.hash;
  }

  /** An empty append stores nothing; it still answers as an append would, conflict included. */
  private async appendNothing(streamId: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const actual: ExpectedRevision = last[0]?.revision ?? 'no-stream';
    if (actual !== expected) this.throwConflict(streamId, expected, actual);
    return { streamId, revision: last[0]?.revision ?? -1, position: last[0]?.position ?? 0 };
  }

  private async currentRevision(streamId: string): Promise<ExpectedRevision> {
    const last = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    return last[0]?.revision ?? 'no-stream';
  }

  /** KurrentDB semantics: re-appending event ids already stored together in this stream is a no-op. */
  private async findRepeat(streamId: string, events: readonly EventToAppend[]): Promise<AppendResult | undefined> {
    if (events.length === 0) return undefined;
    const ids = events.map((event) => event.metadata.eventId);
    const result = await this.pool.query<{ event_id: string; stream_id: string; revision: number; position: string }>(
      'SELECT event_id, stream_id, revision, position FROM events WHERE event_id = ANY ($1::uuid[])',
      [ids],
    );
    if (result.rows.length === 0) return undefined;
    const byId = new Map(result.rows.map((row) => [row.event_id, row]));
    const stored = ids.map((id) => byId.get(id));
    const first = stored[0];
    const sameAppend = first && stored.every((row, i) => row?.stream_id === streamId && row.revision === first.revision + i);
    if (!sameAppend) throw new DuplicateEventIdError(streamId, ids.find((id) => byId.has(id))!);
    const last = stored[stored.length - 1]!;
    return { streamId, revision: last.revision, position: Number(last.position) };
  }

  private throwConflict(streamId: string, expected: ExpectedRevision, actual: ExpectedRevision): never {
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }
}

function isUniqueViolation(error: unknown): error is { code: string; constraint?: string } {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === UNIQUE_VIOLATION;
}
