import type { ReadAllOptions, RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

export interface SubscriptionSource {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<number>;
  /** Resolves when new events may have been stored, or after `timeoutMs` at the latest. */
  waitForAppend(timeoutMs: number): Promise<void>;
}

const IDLE_POLL_MS = 1000;
const RETRY_BACKOFF_MS = [100, 500, 2000, 5000];

/**
 * A catch-up subscription over the global log: reads batches after the last handled position, hands
 * events to the handler one at a time in order (or the whole batch to `onEvents`), then waits for a wake-up (or polls) for live events.
 * A failing handler or read is retried with back-off from the same event: nothing is ever skipped.
 */
export function startPollingSubscription(source: SubscriptionSource, options: SubscribeOptions): Subscription {
  const batchSize = options.batchSize ?? 500;
  let position = options.after;
  let stopped = false;
  let markCaughtUp!: () => void;
  const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  let startHead: number | undefined;
  let inHand: RecordedEvent | undefined;
  let wakeOnStop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (wakeOnStop = resolve));

  /** Handles one batch; returns the head seen before reading, or undefined when more is waiting. */
  const handleNextBatch = async (): Promise<number | undefined> => {
    const head = await source.headPosition();
    startHead ??= head;
    const batch = await source.readAll({ after: position, maxCount: batchSize, filter: options.filter });
    if (options.onEvents && batch.length > 0) {
      if (stopped) return undefined;
      inHand = batch[0];
      await options.onEvents(batch);
      inHand = undefined;
      position = batch[batch.length - 1].position;
    }
    for (const event of options.onEvents ? [] : batch) {
      if (stopped) return undefined;
      inHand = event;
      await options.onEvent(event);
      inHand = undefined;
      position = event.position;
    }
    const readToEnd = batch.length < batchSize;
    // A filtered read may return nothing although the log moved on: skip to the head seen before it.
    if (readToEnd) position = Math.max(position, head);
    if (position >= startHead) markCaughtUp();
    return readToEnd ? head : undefined;
  };

  const run = async (): Promise<void> => {
    let failures = 0;
    while (!stopped) {
      try {
        const headSeen = await handleNextBatch();
        failures = 0;
        if (headSeen !== undefined && !stopped) {
          // Wait first, then look: an append between the read and the wait must not sleep unnoticed.
          const woken = source.waitForAppend(IDLE_POLL_MS);
          if ((await source.headPosition()) === headSeen) await Promise.race([woken, stopSignal]);
        }
      } catch (error) {
        options.onError?.(error, inHand);
        inHand = undefined;
        await Promise.race([sleep(RETRY_BACKOFF_MS[Math.min(failures++, RETRY_BACKOFF_MS.length - 1)]), stopSignal]);
      }
    }
  };
  const done = run();

  return {
    caughtUp,
    position: () => position,
    async stop() {
      stopped = true;
      wakeOnStop();
      await done;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
