import type { IntegrationEvent } from '@kravspar/contracts';
import type { DomainEvent } from '@kravspar/domain';
import { messageContractFor } from '@kravspar/contracts';
import { schemaProblems } from '@kravspar/messaging';
import type { GatewayEvent, StreamMessages } from './gateway-event';

// Test data for the gateway's mapping specs: a stream's events as the store hands them back, and the
// messages they map to, each checked against its contract's JSON Schema.

/** The events of stream `streamId`, with ids `<streamId>#<revision>` and positions from `firstPosition`. */
export function recorded(streamId: string, events: readonly DomainEvent[], firstPosition = 1): GatewayEvent[] {
  return events.map((event, revision) => ({
    streamId,
    revision,
    position: firstPosition + revision,
    type: event.type,
    data: event.data,
    metadata: { eventId: `${streamId}#${revision}`, recordedAt: new Date(Date.parse(event.metadata.occurredAt) + 1000).toISOString() },
  }));
}

/** Maps each event with the state after it, as the gateway does; fails on a message its schema refuses. */
export function mapStream<State>(messages: StreamMessages<State>, history: readonly GatewayEvent[]): IntegrationEvent[] {
  let state = messages.decider.initialState;
  const out: IntegrationEvent[] = [];
  for (const event of history) {
    state = messages.decider.evolve(state, event);
    const message = messages.message(event, state);
    if (!message) continue;
    if (!messages.eventTypes.includes(event.type)) throw new Error(`${event.type} mapped but is not among the gateway's event types`);
    const contract = messageContractFor(message.type);
    if (!contract) throw new Error(`no contract for ${message.type}`);
    const problems = schemaProblems(contract, message.data);
    if (problems.length > 0) throw new Error(`${message.type} fails its schema: ${problems.join('; ')}`);
    out.push(message);
  }
  return out;
}
