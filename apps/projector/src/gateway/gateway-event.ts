import { integrationEvent, type IntegrationEvent, type MessageContract } from '@kravspar/contracts';

/** What the mapping reads of a stored event (`RecordedEvent` is assignable to it). */
export interface GatewayEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly position: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly eventId: string; readonly recordedAt: string };
}

/**
 * The messages of one stream category: which event types map to a message, the fold that gives the
 * stream's state (the mapping may need facts of earlier events, e.g. the title when publishing), and the
 * pure mapping from the event and the state after it to at most one message.
 */
export interface StreamMessages<State> {
  readonly category: string;
  readonly eventTypes: readonly string[];
  readonly decider: { evolve(state: State, event: GatewayEvent): State; readonly initialState: State };
  message(event: GatewayEvent, state: State): IntegrationEvent | undefined;
}

/**
 * The message of `contract` for `event`, with the event's id, time and position. The subject (and Kafka
 * key) is the aggregate id taken from the stream id (`procurement-<id>`), so one stream's messages share a
 * partition and keep its order.
 */
export function messageOf<Data>(contract: MessageContract<Data>, event: GatewayEvent, data: Data): IntegrationEvent<Data> {
  const subject = event.streamId.slice(event.streamId.indexOf('-') + 1);
  return integrationEvent(contract, { id: event.metadata.eventId, subject, time: event.metadata.recordedAt, position: event.position }, data);
}

/** Copies `source` without its undefined fields: messages are plain JSON and optional fields are absent. */
export function defined<T extends object>(source: T): T {
  return Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined)) as T;
}
