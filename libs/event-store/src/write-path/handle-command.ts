import { randomUUID } from 'node:crypto';
import { type Command, type Decider, type DomainEvent } from '@kravspar/domain/kernel';
import { currentSchemaVersion } from '@kravspar/domain/upcasting';
import type { EventStore, EventToAppend, JsonObject, RecordedEvent } from '../event-store.port';
import { WrongExpectedRevisionError } from '../errors';
import { eventIdFor } from './event-ids';
import { rememberKeyedEventIds, type FoldedState, type FoldedStates } from './folded-states';

/** What the write path needs besides the command: the request's conditions, tracing ids and access check. */
export interface CommandContext<S = unknown> {
  /** From `Idempotency-Key`: a repeat stores nothing and reports the first outcome. */
  readonly idempotencyKey?: string;
  /** From `If-Match`: refuse unless the stream is at this revision. */
  readonly expectedRevision?: number;
  readonly correlationId?: string;
  readonly causationId?: string;
  /**
   * Checked against the folded state before deciding, for access that depends on the resource (e.g. the
   * procurement team): throw to refuse. Not a business rule, so it lives outside the decider.
   */
  readonly authorize?: (state: S) => void;
}

export interface CommandOutcome {
  readonly streamId: string;
  /** The stream's revision after the command (-1 when the stream still does not exist). */
  readonly revision: number;
  /** How many events this command stored (0 when it was a repeat or changed nothing). */
  readonly appended: number;
  /** True when the idempotency key had been used before: nothing new was stored. */
  readonly repeated: boolean;
}

/**
 * The one write path (architecture §3): read the stream, fold, decide, append with the expected
 * revision. A rule breach surfaces as the decider's DomainError, a concurrent writer as
 * WrongExpectedRevisionError; neither stores anything. With `states`, only the events after the
 * remembered state are read and folded (decision 018); the answers are the same.
 */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext<S> = {},
  states?: FoldedStates,
): Promise<CommandOutcome> {
  const { revision: current, state, keyedEventIds } = await currentState(store, streamId, decider, states);
  const earlier = findEarlierOutcome(streamId, keyedEventIds, context.idempotencyKey);
  if (earlier) return earlier;
  // The access check comes before the revision check, as it always did: a caller without access learns
  // nothing about the stream, not even its revision. With remembered states the fold before it is short.
  context.authorize?.(state);
  if (context.expectedRevision !== undefined && context.expectedRevision !== current) {
    throw new WrongExpectedRevisionError(streamId, context.expectedRevision, current < 0 ? 'no-stream' : current);
  }
  const decided = decider.decide(command, state);
  if (decided.length === 0) return { streamId, revision: current, appended: 0, repeated: false };

  const correlationId = context.correlationId ?? randomUUID();
  const toAppend: EventToAppend[] = decided.map((event, index) => ({
    type: event.type,
    data: event.data as JsonObject,
    metadata: {
      eventId: eventIdFor(streamId, context.idempotencyKey, index),
      actor: command.metadata.actor,
      occurredAt: event.metadata.occurredAt,
      correlationId,
      causationId: context.causationId ?? correlationId,
      schemaVersion: currentSchemaVersion(event.type),
      ...(event.metadata.ruleRefs?.length ? { ruleRefs: event.metadata.ruleRefs } : {}),
    },
  }));
  const result = await store.append(streamId, toAppend, current < 0 ? 'no-stream' : current);
  return { streamId, revision: result.revision, appended: toAppend.length, repeated: false };
}

/**
 * The state at the stream's head: the remembered state (if any) with the events after it folded on, or the
 * whole stream folded. The events are always read, so the head is the store's, never the remembered one.
 */
async function currentState<E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>,
  states: FoldedStates | undefined,
): Promise<FoldedState<S>> {
  const known = states?.get<S>(decider, streamId);
  const after = known ? await store.readStream(streamId, { fromRevision: known.revision + 1 }) : [];
  if (known && (after.length === 0 || after[0].revision === known.revision + 1)) {
    const folded = foldOn(decider, known, after);
    if (after.length > 0) states!.remember(decider, streamId, folded);
    return folded;
  }
  const history = await store.readStream(streamId);
  const folded = foldOn(decider, { revision: -1, state: decider.initialState, keyedEventIds: new Map() }, history);
  if (history.length > 0) states?.remember(decider, streamId, folded);
  return folded;
}

function foldOn<E, S>(
  decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>,
  from: FoldedState<S>,
  events: readonly RecordedEvent[],
): FoldedState<S> {
  if (events.length === 0) return from;
  return {
    revision: events[events.length - 1].revision,
    state: (events as unknown as readonly E[]).reduce((state, event) => decider.evolve(state, event), from.state),
    keyedEventIds: rememberKeyedEventIds(from.keyedEventIds, events),
  };
}

/** The outcome of an earlier command with the same idempotency key on this stream, if there was one. */
function findEarlierOutcome(
  streamId: string,
  keyedEventIds: ReadonlyMap<string, number>,
  idempotencyKey: string | undefined,
): CommandOutcome | undefined {
  if (idempotencyKey === undefined) return undefined;
  let lastRevision: number | undefined;
  for (let index = 0; keyedEventIds.has(eventIdFor(streamId, idempotencyKey, index)); index++) {
    lastRevision = keyedEventIds.get(eventIdFor(streamId, idempotencyKey, index));
  }
  return lastRevision === undefined ? undefined : { streamId, revision: lastRevision, appended: 0, repeated: true };
}
