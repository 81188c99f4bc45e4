import { eventTypeFilter, excludeSystemEvents, streamNameFilter, type Filter } from '@kurrent/kurrentdb-client';
import type { EventFilter } from '../event-store.port';

/**
 * The server-side filter for a port filter. KurrentDB filters on stream names or on event types, not
 * both, so with both given the stream prefixes go to the server (they select a category, the narrower
 * cut) and readers apply the whole port filter again on what arrives (`matchesFilter`). Every variant
 * keeps system events out: stream prefixes of ours never start with `$`, event types of ours never
 * do, and without a filter the server's own `excludeSystemEvents` applies.
 */
export function serverFilterFor(filter: EventFilter | undefined): Filter {
  const prefixes = filter?.streamPrefixes ?? [];
  const types = filter?.eventTypes ?? [];
  if (prefixes.length > 0) return streamNameFilter({ prefixes: [...prefixes] });
  if (types.length > 0) return eventTypeFilter({ regex: `^(?:${types.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

/**
 * KurrentDB's own records: system streams and system event types (links, metadata, tombstones,
 * statistics) start with `$`. Readers drop them whatever the server-side filter let through.
 */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

/** Escapes regular-expression syntax so an event type matches literally (.NET and JS agree on these). */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
