import { upcastEvent } from '@kravspar/domain/upcasting';
import type { EventStore, ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions, Subscription } from './event-store.port';

/**
 * The event store as the domain reads it (architecture §4, upcasting): every event read, from a stream, the
 * global log or a subscription, comes in today's schema, so old history replays into today's deciders,
 * projections and workflows. The one place all those reads pass: apps get it as `EVENT_STORE`.
 *
 * Only the data and `schemaVersion` change; `hash` and `prevHash` stay those of the stored form, which is
 * what they were computed over. Integrity checks and the raw history therefore read the adapter itself
 * (`STORED_EVENT_STORE`), never this view.
 */
export function upcastingEventStore(stored: EventStore): EventStore {
  const upcast = (event: RecordedEvent): RecordedEvent => upcastEvent(event);
  return {
    append: (streamId, events, expected) => stored.append(streamId, events, expected),
    readStream: async (streamId: string, options?: ReadStreamOptions) => (await stored.readStream(streamId, options)).map(upcast),
    readAll: async (options?: ReadAllOptions) => (await stored.readAll(options)).map(upcast),
    subscribe: (options: SubscribeOptions): Subscription =>
      stored.subscribe({
        ...options,
        onEvent: (event) => options.onEvent(upcast(event)),
        onError: options.onError && ((error, event) => options.onError!(error, event && upcast(event))),
      }),
    headPosition: () => stored.headPosition(),
    close: () => stored.close(),
  };
}
