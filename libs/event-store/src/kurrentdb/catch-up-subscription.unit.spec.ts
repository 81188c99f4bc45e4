import type { EventFilter, ReadAllOptions, RecordedEvent, Subscription } from '../event-store.port';
import { matchesFilter } from '../filter';
import { startCatchUpSubscription, type CatchUpSource, type LiveFeed } from './catch-up-subscription';

/** A log with gaps between positions (as KurrentDB's), whose feeds can be made to drop. */
class FakeLog implements CatchUpSource {
  readonly events: RecordedEvent[] = [];
  /** The `after` of every feed opened, in order. */
  readonly opened: number[] = [];
  /** Drop the next feed after it has delivered this many events. */
  dropAfter?: number;
  private wake = () => undefined as void;

  append(streamId: string, type = 'Happened'): RecordedEvent {
    const event = { streamId, revision: 0, position: (this.events.length + 1) * 64, type, data: {}, metadata: {} as RecordedEvent['metadata'] };
    this.events.push(event);
    this.wake();
    return event;
  }

  open(after: number, filter: EventFilter | undefined): LiveFeed {
    this.opened.push(after);
    const drop = this.dropAfter;
    this.dropAfter = undefined;
    let closed = false;
    const log = this;
    async function* feed(): AsyncGenerator<RecordedEvent | undefined> {
      let delivered = 0;
      let next = log.events.findIndex((e) => e.position > after);
      if (next < 0) next = log.events.length;
      while (!closed) {
        if (next >= log.events.length) {
          await new Promise<void>((resolve) => (log.wake = resolve));
          continue;
        }
        const event = log.events[next++];
        // The server filters on stream names only; the rest is the subscriber's to apply.
        if (!matchesFilter({ streamPrefixes: filter?.streamPrefixes }, event.streamId, event.type)) continue;
        if (drop !== undefined && delivered++ === drop) throw new Error('connection lost');
        yield event;
      }
    }
    return { events: feed(), close: async () => void ((closed = true), this.wake()) };
  }

  async readAll({ after = 0, maxCount = Infinity, filter }: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.events.filter((e) => e.position > after && matchesFilter(filter, e.streamId, e.type)).slice(0, maxCount);
  }

  async headPosition(): Promise<number> {
    return this.events.at(-1)?.position ?? 0;
  }
}

async function eventually(predicate: () => boolean, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('catch-up subscription on a push feed', () => {
  let log: FakeLog;
  let subscription: Subscription | undefined;
  beforeEach(() => (log = new FakeLog()));
  afterEach(async () => subscription?.stop());

  it('catches up, goes live in order, and moves its position past events the filter leaves out', async () => {
    log.append('a-1');
    log.append('b-1');
    log.append('a-1');
    const seen: number[] = [];
    subscription = startCatchUpSubscription(log, { after: 0, filter: { streamPrefixes: ['a-'] }, onEvent: async (e) => void seen.push(e.position) });
    await subscription.caughtUp;
    expect(seen).toEqual([64, 192]);
    log.append('a-1');
    const last = log.append('b-1');
    await eventually(() => seen.length === 3);
    await eventually(() => subscription!.position() === last.position);
    expect(seen).toEqual([64, 192, 256]);
  });

  it('resubscribes from the last handled position when the feed drops', async () => {
    for (let i = 0; i < 5; i++) log.append('a-1');
    log.dropAfter = 2;
    const seen: number[] = [];
    const errors: unknown[] = [];
    subscription = startCatchUpSubscription(log, { after: 0, onEvent: async (e) => void seen.push(e.position), onError: (error, event) => void errors.push([error, event]) });
    await eventually(() => seen.length === 5);
    expect(seen).toEqual([64, 128, 192, 256, 320]);
    expect(log.opened).toEqual([0, 128]);
    expect(errors).toEqual([[new Error('connection lost'), undefined]]);
  });

  it('retries a failing handler on the same event, reporting it with the event', async () => {
    log.append('a-1');
    const failing = log.append('a-1');
    let failuresLeft = 2;
    const seen: number[] = [];
    const reported: unknown[] = [];
    subscription = startCatchUpSubscription(log, {
      after: 0,
      onEvent: async (e) => {
        if (e.position === failing.position && failuresLeft-- > 0) throw new Error('handler failed');
        seen.push(e.position);
      },
      onError: (error, event) => void reported.push([(error as Error).message, event?.position]),
    });
    await eventually(() => seen.length === 2);
    expect(seen).toEqual([64, 128]);
    expect(reported).toEqual([['handler failed', 128], ['handler failed', 128]]);
    expect(log.opened).toEqual([0, 64, 64]);
  });

  it('stops after the event in hand', async () => {
    log.append('a-1');
    let release!: () => void;
    const handled: number[] = [];
    subscription = startCatchUpSubscription(log, {
      after: 0,
      onEvent: (e) => new Promise<void>((resolve) => (release = () => resolve(void handled.push(e.position)))),
    });
    await eventually(() => release !== undefined);
    const stopped = subscription.stop();
    release();
    await stopped;
    log.append('a-1');
    expect(handled).toEqual([64]);
    expect(subscription.position()).toBe(64);
  });
});
