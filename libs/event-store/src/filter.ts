import type { EventFilter } from './event-store.port';

/** True when an event passes the filter; an empty filter passes everything. */
export function matchesFilter(filter: EventFilter | undefined, streamId: string, type: string): boolean {
  if (!filter) return true;
  const { streamPrefixes, eventTypes } = filter;
  if (streamPrefixes?.length && !streamPrefixes.some((prefix) => streamId.startsWith(prefix))) return false;
  if (eventTypes?.length && !eventTypes.includes(type)) return false;
  return true;
}
