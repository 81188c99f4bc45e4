import { randomUUID } from 'node:crypto';
import { procurementStreamId, type Actor, type DomainEvent } from '@kravspar/domain';
import type { EventStore, EventToAppend, JsonObject } from '@kravspar/event-store';
import { LIFECYCLE } from '../../../libs/read-models/src/procurement/lifecycle-events.fixtures';

// Test data for the projector's specs: a whole procurement appended as the decider records it, for
// stages the specs need whatever commands the decider takes so far.

function toAppend([event, actor]: readonly [DomainEvent, Actor]): EventToAppend {
  const eventId = randomUUID();
  return {
    type: event.type,
    data: event.data as JsonObject,
    metadata: { eventId, actor, occurredAt: event.metadata.occurredAt, correlationId: eventId, causationId: eventId, schemaVersion: 1, ruleRefs: event.metadata.ruleRefs ?? [] },
  };
}

/** Appends the whole lifecycle of procurement `id`, then `more` acts after it. */
export async function appendLifecycle(store: EventStore, id: string, more: readonly (readonly [DomainEvent, Actor])[] = []): Promise<void> {
  await store.append(procurementStreamId(id), [...LIFECYCLE, ...more].map(toAppend), 'no-stream');
}
