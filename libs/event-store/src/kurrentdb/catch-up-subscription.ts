import type { EventFilter, ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from '../event-store.port';
import { matchesFilter } from '../filter';

/** One server-side subscription to the global log, from an exclusive position. */
export interface LiveFeed {
  /** Events in log order; undefined for KurrentDB's own records, which carry nothing for us. */
  readonly events: AsyncIterable<RecordedEvent | undefined>;
  /** Cancels the feed; the iteration then ends. */
  close(): Promise<void>;
}

export interface CatchUpSource {
  open(after: number, filter: EventFilter | undefined): LiveFeed;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<number>;
}

const RETRY_BACKOFF_MS = [100, 500, 2000, 5000];
const IDLE_CHECK_MS = 1000;

/**
 * A catch-up subscription on a push feed: handles events one at a time in log order and, when the
 * feed drops or a handler throws, reports it, backs off and subscribes again from the last handled
 * position, so nothing is skipped or handled twice. The server filter means events the subscriber does
 * not want never arrive; so that `position()` still moves past them (waiters compare it with append
 * positions), an idle check advances it to the log head whenever no wanted event lies in between.
 */
export function startCatchUpSubscription(source: CatchUpSource, options: SubscribeOptions): Subscription {
  let position = options.after;
  let stopped = false;
  let feed: LiveFeed | undefined;
  let startHead: number | undefined;
  let markCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  let wakeOnStop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (wakeOnStop = resolve));
  const advanceTo = (reached: number) => {
    position = Math.max(position, reached);
    if (startHead !== undefined && position >= startHead) markCaughtUp();
  };

  const consume = async (): Promise<void> => {
    startHead ??= await source.headPosition();
    advanceTo(position);
    feed = source.open(position, options.filter);
    for await (const event of feed.events) {
      if (stopped) return;
      if (!event || event.position <= position) continue;
      if (matchesFilter(options.filter, event.streamId, event.type)) await handle(event);
      advanceTo(event.position);
    }
    if (!stopped) throw new Error('KurrentDB ended the subscription');
  };
  const handle = async (event: RecordedEvent): Promise<void> => {
    try {
      await options.onEvent(event);
    } catch (error) {
      throw new HandlerFailure(error, event);
    }
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!stopped) {
      const before = position;
      try {
        await consume();
      } catch (error) {
        if (stopped) break;
        if (position > before) failures = 0;
        const failure = error instanceof HandlerFailure ? error : undefined;
        options.onError?.(failure ? failure.cause : error, failure?.event);
        await pause(RETRY_BACKOFF_MS[Math.min(failures++, RETRY_BACKOFF_MS.length - 1)], stopSignal);
      } finally {
        await feed?.close().catch(() => undefined);
        feed = undefined;
      }
    }
  };

  /** No wanted event in (seen, head] means the subscriber is done with everything up to head. */
  const advanceWhileIdle = async (): Promise<void> => {
    while (!stopped) {
      try {
        const seen = position;
        const head = await source.headPosition();
        const [next] = await source.readAll({ after: seen, maxCount: 1, filter: options.filter });
        if (startHead !== undefined && (next === undefined || next.position > head)) advanceTo(head);
      } catch {
        // The feed reports the same outage through onError; the next check simply tries again.
      }
      await pause(IDLE_CHECK_MS, stopSignal);
    }
  };

  const done = Promise.all([run(), advanceWhileIdle()]);
  return {
    caughtUp,
    position: () => position,
    async stop() {
      stopped = true;
      wakeOnStop();
      await feed?.close().catch(() => undefined);
      await done;
    },
  };
}

/** A handler's error, carried out of the feed loop with the event it failed on. */
class HandlerFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly event: RecordedEvent,
  ) {
    super('the subscriber failed to handle an event');
  }
}

/** Waits `ms`, or less if the subscription stops; leaves no timer behind. */
function pause(ms: number, stopSignal: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const elapsed = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([elapsed, stopSignal]).finally(() => clearTimeout(timer));
}
