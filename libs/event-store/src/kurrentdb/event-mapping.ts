import { jsonEvent, type EventData, type RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import type { EventMetadata, JsonObject, RecordedEvent } from '../event-store.port';
import type { SealedEvent } from '../seal';
import { isSystemEvent } from './filters';
import { toPortPosition } from './positions';

/** Metadata fields without which a stored event cannot be verified or placed. */
const REQUIRED_METADATA = ['eventId', 'recordedAt', 'prevHash', 'hash'] as const;

/**
 * The KurrentDB event for a sealed event. The port's event id is KurrentDB's event id, so the server's
 * own idempotency applies to retries; the whole sealed metadata (recorded time and integrity fields
 * included) is the event's metadata, so a verifier needs nothing but what KurrentDB stores.
 */
export function toEventData(event: SealedEvent): EventData {
  return jsonEvent({
    id: event.metadata.eventId,
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as JsonObject,
  });
}

/** What readers and subscriptions receive from the client: a resolved event, perhaps without one. */
export interface ResolvedLike {
  readonly event?: KurrentRecordedEvent;
}

/**
 * The port's event for what KurrentDB returned, or undefined for KurrentDB's own records (system
 * streams and types) and unresolved links. Anything else must be an event this store wrote: JSON
 * with sealed metadata; a foreign event is refused by name, since it could be neither verified nor
 * projected.
 */
export function toRecordedEvent(resolved: ResolvedLike): RecordedEvent | undefined {
  const event = resolved.event;
  if (!event || isSystemEvent(event.streamId, event.type)) return undefined;
  const where = `${event.streamId}@${event.revision}`;
  const metadata = event.metadata as Partial<Record<keyof EventMetadata, unknown>> | undefined;
  const missing = REQUIRED_METADATA.filter((field) => typeof metadata?.[field] !== 'string');
  if (!event.isJson || !isObject(event.data) || missing.length > 0) {
    throw new Error(
      `KurrentDB event ${where} was not written by this event store (${event.isJson ? `metadata lacks ${missing.join(', ')}` : 'not JSON'})`,
    );
  }
  return {
    streamId: event.streamId,
    revision: Number(event.revision),
    position: toPortPosition(event.position, where),
    type: event.type,
    data: event.data as JsonObject,
    metadata: metadata as unknown as EventMetadata,
  };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
