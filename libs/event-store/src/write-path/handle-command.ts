import { randomUUID } from 'node:crypto';
import { fold, type Command, type Decider, type DomainEvent } from '@kravspar/domain/kernel';
import { currentSchemaVersion } from '@kravspar/domain/upcasting';
import type { EventStore, EventToAppend, JsonObject, RecordedEvent } from '../event-store.port';
import { WrongExpectedRevisionError } from '../errors';
import { eventIdFor } from './event-ids';

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
 * WrongExpectedRevisionError; neither stores anything.
 */
export async function handleCommand<C extends Command, E extends DomainEvent, S>(
  store: EventStore,
  streamId: string,
  decider: Decider<C, E, S>,
  command: C,
  context: CommandContext<S> = {},
): Promise<CommandOutcome> {
  const history = await store.readStream(streamId);
  const current = history.length - 1;
  const earlier = findEarlierOutcome(streamId, history, context.idempotencyKey);
  if (earlier) return earlier;
  const state = fold(decider, history as unknown as readonly E[]);
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

/** The outcome of an earlier command with the same idempotency key on this stream, if there was one. */
function findEarlierOutcome(
  streamId: string,
  history: readonly RecordedEvent[],
  idempotencyKey: string | undefined,
): CommandOutcome | undefined {
  if (idempotencyKey === undefined) return undefined;
  let index = 0;
  let lastRevision: number | undefined;
  for (const event of history) {
    if (event.metadata.eventId === eventIdFor(streamId, idempotencyKey, index)) {
      lastRevision = event.revision;
      index += 1;
    }
  }
  return lastRevision === undefined ? undefined : { streamId, revision: lastRevision, appended: 0, repeated: true };
}
