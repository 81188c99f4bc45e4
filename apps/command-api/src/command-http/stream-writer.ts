import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@kravspar/clock';
import type { Command, CommandMetadata, Decider, DomainEvent } from '@kravspar/domain/kernel';
import { EVENT_STORE, FoldedStates, handleCommand, type CommandOutcome, type EventStore } from '@kravspar/event-store';
import type { CommandRequest } from './command-request';

/**
 * Runs a command on any stream through the one write path: the clock's `now` and the verified actor into
 * the command, access that depends on the resource checked against its folded state, the request's
 * idempotency key, `If-Match` and correlation id passed on. Remembers folded states, so a command on a long
 * stream folds only the events since its last command here (decision 018).
 */
@Injectable()
export class StreamWriter {
  private readonly states = new FoldedStates();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute<C extends Command, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    request: CommandRequest,
    build: (metadata: CommandMetadata) => C,
    authorize?: (state: S) => void,
  ): Promise<CommandOutcome> {
    const now = (await this.clock.now()).toISOString();
    return handleCommand(this.store, streamId, decider, build({ actor: request.actor, now }), {
      idempotencyKey: request.idempotencyKey,
      expectedRevision: request.expectedRevision,
      correlationId: request.correlationId,
      ...(authorize ? { authorize } : {}),
    }, this.states);
  }

  /** The folded state of a stream, for a rule that needs another stream's facts (read-only). */
  async stateOf<S, E>(streamId: string, decider: Pick<Decider<never, E, S>, 'evolve' | 'initialState'>): Promise<S> {
    const events = await this.store.readStream(streamId);
    return (events as unknown as E[]).reduce(decider.evolve, decider.initialState);
  }
}
