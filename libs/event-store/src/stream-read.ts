import type { ReadStreamOptions, RecordedEvent } from './event-store.port';

/**
 * Applies the stream-read options to a stream's events (in revision order): the bounds first (what the
 * stream was at a revision or recorded time), then the direction, start and count.
 */
export function selectStreamEvents(events: readonly RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const { direction = 'forwards', fromRevision, toRevision, recordedAtOrBefore, maxCount } = options;
  const asOfMs = recordedAtOrBefore === undefined ? undefined : Date.parse(recordedAtOrBefore);
  let selected = events.filter(
    (event) =>
      (toRevision === undefined || event.revision <= toRevision) &&
      (asOfMs === undefined || Date.parse(event.metadata.recordedAt) <= asOfMs),
  );
  if (direction === 'backwards') selected = selected.reverse();
  if (fromRevision !== undefined) {
    selected = selected.filter((event) =>
      direction === 'forwards' ? event.revision >= fromRevision : event.revision <= fromRevision,
    );
  }
  return maxCount === undefined ? selected : selected.slice(0, maxCount);
}
