import type { RecordedEvent, Subscription } from '@kravspar/event-store';
import { events, newStreamId, type EventStoreUnderTest } from './fixtures';

/** Resolves once `predicate` holds, polling briefly; fails the test after a few seconds. */
async function eventually(predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function subscriptionsContract(subject: () => EventStoreUnderTest): void {
  describe('subscriptions', () => {
    let subscription: Subscription | undefined;
    afterEach(async () => {
      await subscription?.stop();
      subscription = undefined;
    });

    it('catches up from a position, then receives live events in order', async () => {
      const { store } = subject();
      const streamId = newStreamId('sub');
      const start = await store.headPosition();
      await store.append(streamId, events(3), 'no-stream');
      const seen: RecordedEvent[] = [];
      subscription = store.subscribe({
        after: start,
        filter: { streamPrefixes: [streamId] },
        onEvent: async (event) => void seen.push(event),
      });
      await subscription.caughtUp;
      expect(seen.map((e) => e.revision)).toEqual([0, 1, 2]);

      await store.append(streamId, events(2), 2);
      await store.append(newStreamId('other'), events(1), 'no-stream');
      await eventually(() => seen.length === 5);
      expect(seen.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      // The position moves past the event the filter leaves out, to the head (start + 6 where gap-free).
      const head = await store.headPosition();
      await eventually(() => subscription!.position() === head);
    });

    it('resumes after a checkpoint without repeating or skipping events', async () => {
      const { store } = subject();
      const streamId = newStreamId('resume');
      await store.append(streamId, events(4), 'no-stream');
      const [second] = await store.readStream(streamId, { fromRevision: 1, maxCount: 1 });
      const seen: number[] = [];
      subscription = store.subscribe({
        after: second.position,
        filter: { streamPrefixes: [streamId] },
        onEvent: async (event) => void seen.push(event.revision),
      });
      await subscription.caughtUp;
      expect(seen).toEqual([2, 3]);
    });

    it('retries a failing handler on the same event instead of skipping it', async () => {
      const { store } = subject();
      const streamId = newStreamId('retry');
      const start = await store.headPosition();
      await store.append(streamId, events(2), 'no-stream');
      const seen: number[] = [];
      const errors: unknown[] = [];
      let failuresLeft = 2;
      subscription = store.subscribe({
        after: start,
        filter: { streamPrefixes: [streamId] },
        onEvent: async (event) => {
          if (event.revision === 1 && failuresLeft-- > 0) throw new Error('handler failed');
          seen.push(event.revision);
        },
        onError: (error) => void errors.push(error),
      });
      await eventually(() => seen.length === 2);
      expect(seen).toEqual([0, 1]);
      expect(errors).toHaveLength(2);
    });
  });
}
