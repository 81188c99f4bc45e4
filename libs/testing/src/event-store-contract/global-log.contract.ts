import type { EventStore, RecordedEvent } from '@kravspar/event-store';
import { anEvent, events, expectIntact, newStreamId, positionsOf, WrongExpectedRevisionError, type AdapterGuarantees, type EventStoreUnderTest } from './fixtures';

const WRITERS = 8;
const APPENDS = 1000;

/**
 * Writers append one event at a time; half of them share streams, so some appends lose the race
 * (WrongExpectedRevisionError) and retry at the new revision, as a real client would.
 */
async function appendConcurrently(stores: readonly EventStore[], streams: readonly string[]): Promise<number> {
  let remaining = APPENDS;
  let conflicts = 0;
  const writer = async (w: number) => {
    const store = stores[w % stores.length];
    const streamId = streams[w % streams.length];
    while (remaining > 0) {
      remaining -= 1;
      for (;;) {
        const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
        try {
          await store.append(streamId, [anEvent('Counted', { writer: w })], last?.revision ?? 'no-stream');
          break;
        } catch (error) {
          if (!(error instanceof WrongExpectedRevisionError)) throw error;
          conflicts += 1;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  return conflicts;
}

export function globalLogContract(subject: () => EventStoreUnderTest, { gapFreePositions }: AdapterGuarantees): void {
  const order = gapFreePositions ? 'gap-free' : 'strictly increasing';
  describe('the global log', () => {
    it(`keeps a ${order}, duplicate-free global order under 1,000 concurrent appends from 8 writers`, async () => {
      const { store, sibling } = subject();
      const stores = sibling ? [store, await sibling(), await sibling(), await sibling()] : [store];
      const head = await store.headPosition();
      const streams = [newStreamId(), newStreamId(), newStreamId(), newStreamId(), newStreamId(), newStreamId()];
      await appendConcurrently(stores, streams);

      const log = await store.readAll({ after: head });
      expect(log).toHaveLength(APPENDS);
      const positions = positionsOf(log);
      if (gapFreePositions) expect(positions).toEqual(Array.from({ length: APPENDS }, (_, i) => head + i + 1));
      expect(positions.every((position, i) => position > (i === 0 ? head : positions[i - 1]))).toBe(true);
      expect(new Set(log.map((e) => e.metadata.eventId)).size).toBe(APPENDS);
      expect(await store.headPosition()).toBe(positions[APPENDS - 1]);
      for (const streamId of streams) {
        const stream = log.filter((e) => e.streamId === streamId);
        expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => i));
      }
      expectIntact(log);
      for (const extra of stores.slice(1)) await extra.close();
    });

    it('reads the global log after a position, filtered by stream prefix and event type', async () => {
      const { store } = subject();
      const head = await store.headPosition();
      const a = newStreamId('alpha');
      const b = newStreamId('beta');
      await store.append(a, events(2, 'Opened'), 'no-stream');
      await store.append(b, events(1, 'Opened'), 'no-stream');
      await store.append(a, events(1, 'Closed'), 1);

      const all = await store.readAll({ after: head });
      expect(all.map((e) => [e.streamId, e.revision])).toEqual([[a, 0], [a, 1], [b, 0], [a, 2]]);
      if (gapFreePositions) expect(positionsOf(all)).toEqual([head + 1, head + 2, head + 3, head + 4]);
      expect(positionsOf(await store.readAll({ after: all[1].position, maxCount: 1 }))).toEqual([all[2].position]);
      const alpha = await store.readAll({ after: head, filter: { streamPrefixes: ['alpha-'] } });
      expect(alpha.every((e: RecordedEvent) => e.streamId === a)).toBe(true);
      expect(alpha).toHaveLength(3);
      const closed = await store.readAll({ after: head, filter: { eventTypes: ['Closed'] } });
      expect(closed.map((e) => e.position)).toEqual([all[3].position]);
      expect(await store.readAll({ after: head, filter: { streamPrefixes: ['alpha_'] } })).toEqual([]);
    });
  });
}
