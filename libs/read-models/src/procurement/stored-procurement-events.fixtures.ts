import { procurementStreamId, type Actor, type DomainEvent } from '@kravspar/domain';
import { details, officer } from '@kravspar/domain/procurement/procurement.fixtures';
import type { ProjectedEvent } from '../projected-event';

// Test data for the read-model specs: the decider's own fixture events, as the store hands them back.

export const PROCUREMENT_ID = details.procurementId;
export const STREAM_ID = procurementStreamId(PROCUREMENT_ID);

/** The events of one stream with revisions 0, 1, 2 …, each recorded a minute after it occurred. */
export function storedHistory(events: readonly DomainEvent[], firstPosition = 1): ProjectedEvent[] {
  return events.map((event, revision) => stored(event, revision, { position: firstPosition + revision }));
}

/** One stored event; `recordedAt` defaults to a minute after the act, `actor` to the officer. */
export function stored(
  event: DomainEvent,
  revision: number,
  options: { position?: number; recordedAt?: string; actor?: Actor } = {},
): ProjectedEvent {
  const recordedAt = options.recordedAt ?? new Date(Date.parse(event.metadata.occurredAt) + 60_000).toISOString();
  return {
    streamId: STREAM_ID,
    revision,
    position: options.position ?? revision + 1,
    type: event.type,
    data: event.data as Readonly<Record<string, unknown>>,
    metadata: { ...event.metadata, recordedAt, actor: options.actor ?? officer },
  };
}
