import { BACKWARDS, END, FORWARDS, KurrentDBClient, excludeSystemEvents } from '@kurrent/kurrentdb-client';
import type { Clock } from '@kravspar/clock';
import type {
  AppendResult, EventStore, EventToAppend, ExpectedRevision, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription,
} from '../event-store.port';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { GENESIS_HASH } from '../integrity';
import { sealEvents } from '../seal';
import { startCatchUpSubscription, type LiveFeed } from './catch-up-subscription';
import { toEventData, toRecordedEvent, type ResolvedLike } from './event-mapping';
import { serverFilterFor } from './filters';
import { checkRepeat, firstRevisionAfter } from './idempotency';
import { startAfter } from './positions';
import { collectAfter, collectStreamRead, planStreamRead } from './reads';
import { isStreamNotFound, toConflict, toStreamState } from './stream-state';

/**
 * The production adapter: KurrentDB through `@kurrent/kurrentdb-client`. Mapping lives in pure
 * functions beside this file; this class only sequences calls. Positions are KurrentDB's $all commit
 * positions: increasing, not contiguous. Event ids are unique per append position in a stream (the
 * server's idempotency); unlike PostgreSQL, KurrentDB keeps no global index of event ids.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly subscriptions = new Set<Subscription>();
  private closed?: Promise<void>;

  constructor(
    private readonly client: KurrentDBClient,
    private readonly clock: Clock,
  ) {}

  /** `url` is a KurrentDB connection string, e.g. `kurrentdb://localhost:2113?tls=false`. */
  static connect(url: string, clock: Clock): KurrentDbEventStore {
    // With it off the client reports conflicts as results, past the mapping to WrongExpectedRevisionError.
    if (/[?&]throwOnAppendFailure=false/i.test(url)) throw new Error('KURRENTDB_URL: throwOnAppendFailure=false is not supported');
    return new KurrentDbEventStore(KurrentDBClient.connectionString(url), clock);
  }

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const recordedAt = (await this.clock.now()).toISOString();
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    const actual: ExpectedRevision = last?.revision ?? 'no-stream';
    if (actual !== expected) {
      return (await this.findRepeat(streamId, events, expected)) ?? this.conflict(streamId, expected, actual);
    }
    if (events.length === 0) return { streamId, revision: last?.revision ?? -1, position: last?.position ?? 0 };
    const sealed = sealEvents(streamId, (last?.revision ?? -1) + 1, last?.metadata.hash ?? GENESIS_HASH, events, recordedAt);
    try {
      await this.client.appendToStream(streamId, sealed.map(toEventData), { streamState: toStreamState(expected) });
    } catch (error) {
      const conflict = toConflict(error, streamId, expected);
      if (!conflict) throw error;
      return (await this.findRepeat(streamId, events, expected)) ?? this.conflict(streamId, expected, conflict.actual);
    }
    // Read back rather than trust the append's position: reads are what subscribers compare it with.
    const revision = sealed[sealed.length - 1].revision;
    const [stored] = await this.readStream(streamId, { fromRevision: revision, maxCount: 1 });
    return { streamId, revision, position: stored.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const plan = planStreamRead(options);
    if (plan.empty) return [];
    const read = this.client.readStream(streamId, {
      direction: plan.direction,
      fromRevision: plan.fromRevision,
      ...(plan.serverMaxCount === undefined ? {} : { maxCount: plan.serverMaxCount }),
    });
    try {
      return await collectStreamRead(mapEvents(read), plan);
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const read = this.client.readAll({ direction: FORWARDS, fromPosition: startAfter(after), filter: serverFilterFor(options.filter) });
    return collectAfter(mapEvents(read), after, options.maxCount ?? Number.MAX_SAFE_INTEGER, options.filter);
  }

  subscribe(options: SubscribeOptions): Subscription {
    const subscription = startCatchUpSubscription(
      {
        open: (after, filter) => this.openFeed(after, filter),
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
      },
      options,
    );
    this.subscriptions.add(subscription);
    return {
      caughtUp: subscription.caughtUp,
      position: subscription.position,
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  /** The last event of ours in $all: read backwards, past KurrentDB's own records. */
  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({ direction: BACKWARDS, fromPosition: END, filter: excludeSystemEvents() })) {
      const event = toRecordedEvent(resolved);
      if (event) return event.position;
    }
    return 0;
  }

  /** Stops the subscriptions, then the connection; a second call waits for the first. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.stop()));
      await this.client.dispose();
    })();
    return this.closed;
  }

  private openFeed(after: number, filter: SubscribeOptions['filter']): LiveFeed {
    const subscription = this.client.subscribeToAll({ fromPosition: startAfter(after), filter: serverFilterFor(filter) });
    return {
      events: mapEvents(subscription),
      async close() {
        await subscription.unsubscribe().catch(() => undefined);
        subscription.destroy();
      },
    };
  }

  /** A retried append (see `checkRepeat`) answers with what the first one stored; a clash is refused. */
  private async findRepeat(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult | undefined> {
    if (events.length === 0) return undefined;
    const stored = await this.readStream(streamId, { fromRevision: firstRevisionAfter(expected), maxCount: events.length });
    const check = checkRepeat(events.map((event) => event.metadata.eventId), stored);
    if (check.kind === 'clash') throw new DuplicateEventIdError(streamId, check.eventId);
    return check.kind === 'repeat' ? { streamId, revision: check.last.revision, position: check.last.position } : undefined;
  }

  private conflict(streamId: string, expected: ExpectedRevision, actual: ExpectedRevision): never {
    throw new WrongExpectedRevisionError(streamId, expected, actual);
  }
}

/** The port's events (undefined for KurrentDB's own records) for what the client streams back. */
async function* mapEvents(source: AsyncIterable<ResolvedLike>): AsyncGenerator<RecordedEvent | undefined> {
  for await (const resolved of source) yield toRecordedEvent(resolved);
}

