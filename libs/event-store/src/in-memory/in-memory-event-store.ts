import type { Clock } from '@kravspar/clock';
import type {
  AppendResult, EventStore, EventToAppend, ExpectedRevision, ReadAllOptions, ReadStreamOptions, RecordedEvent,
  SubscribeOptions, Subscription,
} from '../event-store.port';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../errors';
import { matchesFilter } from '../filter';
import { GENESIS_HASH } from '../integrity';
import { startPollingSubscription } from '../polling-subscription';
import { sealEvents } from '../seal';
import { selectStreamEvents } from '../stream-read';

/** A first-class adapter for unit tests and the decider specs: the same contract, kept in arrays. */
export class InMemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly byEventId = new Map<string, RecordedEvent>();
  private waiters: Array<() => void> = [];

  constructor(private readonly clock: Clock) {}

  async append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    // Read the clock first: after the revision check nothing may await, or appends could interleave.
    const recordedAt = (await this.clock.now()).toISOString();
    const stream = this.streams.get(streamId) ?? [];
    const repeat = this.findRepeat(streamId, events);
    if (repeat) return repeat;
    const actual: ExpectedRevision = stream.length === 0 ? 'no-stream' : stream.length - 1;
    if (actual !== expected) throw new WrongExpectedRevisionError(streamId, expected, actual);
    if (events.length === 0) return { streamId, revision: stream.length - 1, position: stream.at(-1)?.position ?? 0 };
    const prevHash = stream.at(-1)?.metadata.hash ?? GENESIS_HASH;
    const sealed = sealEvents(streamId, stream.length, prevHash, events, recordedAt);
    // Plain JSON copies, as a database would hand them back: callers cannot mutate what is stored.
    const recorded = sealed.map((event, i) => structuredClone({ ...event, position: this.log.length + i + 1 }));
    this.log.push(...recorded);
    this.streams.set(streamId, [...stream, ...recorded]);
    for (const event of recorded) this.byEventId.set(event.metadata.eventId, event);
    this.wakeSubscribers();
    const last = recorded[recorded.length - 1];
    return { streamId, revision: last.revision, position: last.position };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return structuredClone(selectStreamEvents(this.streams.get(streamId) ?? [], options));
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const maxCount = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    const selected: RecordedEvent[] = [];
    for (let i = after; i < this.log.length && selected.length < maxCount; i++) {
      const event = this.log[i];
      if (matchesFilter(options.filter, event.streamId, event.type)) selected.push(event);
    }
    return structuredClone(selected);
  }

  subscribe(options: SubscribeOptions): Subscription {
    return startPollingSubscription(
      {
        readAll: (o) => this.readAll(o),
        headPosition: () => this.headPosition(),
        waitForAppend: (timeoutMs) => this.waitForAppend(timeoutMs),
      },
      options,
    );
  }

  async headPosition(): Promise<number> {
    return this.log.length;
  }

  async close(): Promise<void> {
    this.wakeSubscribers();
  }

  /** KurrentDB semantics: re-appending event ids already stored together in this stream is a no-op. */
  private findRepeat(streamId: string, events: readonly EventToAppend[]): AppendResult | undefined {
    const stored = events.map((event) => this.byEventId.get(event.metadata.eventId));
    if (stored.every((event) => event === undefined)) return undefined;
    const sameAppend = stored.every(
      (event, i) => event && event.streamId === streamId && event.revision === stored[0]!.revision + i,
    );
    if (!sameAppend) {
      const clash = events.find((_, i) => stored[i] !== undefined)!;
      throw new DuplicateEventIdError(streamId, clash.metadata.eventId);
    }
    const last = stored[stored.length - 1]!;
    return { streamId, revision: last.revision, position: last.position };
  }

  private waitForAppend(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  private wakeSubscribers(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
