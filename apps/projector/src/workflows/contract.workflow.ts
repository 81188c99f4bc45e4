import { Logger } from '@nestjs/common';
import type { Clock } from '@kravspar/clock';
import {
  commitmentDecider, commitmentWorkflow, contractDecider, contractWorkflow, procurementDecider, registrationOf,
  type ContractState, type ProcurementState, type WorkflowCommand,
} from '@kravspar/domain';
import { fold, isDomainError, type Command, type Decider, type DomainEvent } from '@kravspar/domain/kernel';
import { handleCommand, type EventStore, type RecordedEvent } from '@kravspar/event-store';
import type { Projection } from '@kravspar/projections';
import { SYSTEM_ACTOR } from './end-standstill.timer';

const logger = new Logger('ContractWorkflow');

/**
 * Runs the contract workflows (domain.md §6) on their own checkpointed subscription: `ContractSigned` opens
 * the contract stream, `ContractRegistered` establishes one commitment per criterion, `ContractStarted`
 * activates them. Every command goes through the one write path with an idempotency key derived from the
 * triggering event, so a replay or a crash between two commands duplicates nothing.
 */
export function contractWorkflowRunner(store: EventStore, clock: Clock): Projection {
  return {
    name: 'contract-workflow.v1',
    filter: { eventTypes: ['ContractSigned', 'ContractRegistered', 'ContractStarted'] },
    async apply(_client, event) {
      for (const work of await commandsFor(store, event)) await send(store, clock, work, event);
    },
  };
}

async function commandsFor(store: EventStore, event: RecordedEvent): Promise<WorkflowCommand[]> {
  switch (event.type) {
    case 'ContractSigned': {
      const procurement = await stateOf<ProcurementState>(store, event.streamId, procurementDecider);
      return procurement.status === 'Absent' ? [] : contractWorkflow(event, procurement.buyerUnitId);
    }
    case 'ContractRegistered':
      return commitmentWorkflow(event);
    case 'ContractStarted':
      return commitmentWorkflow(event, registrationOf(await stateOf<ContractState>(store, event.streamId, contractDecider)));
    default:
      return [];
  }
}

async function send(store: EventStore, clock: Clock, work: WorkflowCommand, cause: RecordedEvent): Promise<void> {
  const decider = (work.streamId.startsWith('contract-') ? contractDecider : commitmentDecider) as unknown as Decider<Command, DomainEvent, unknown>;
  const command = { ...work.command, metadata: { actor: SYSTEM_ACTOR, now: (await clock.now()).toISOString() } } as Command;
  try {
    await handleCommand(store, work.streamId, decider, command, {
      idempotencyKey: work.idempotencyKey,
      correlationId: cause.metadata.correlationId,
      causationId: cause.metadata.eventId,
    });
  } catch (error) {
    // A refusal is a fact about the streams, not a failure to retry: log it (no data) and go on.
    if (!isDomainError(error)) throw error;
    logger.warn(`${work.command.type} on ${work.streamId} refused (${error.rule}) after ${cause.type} at ${cause.position}`);
  }
}

async function stateOf<S>(store: EventStore, streamId: string, decider: Pick<Decider<never, never, S>, 'evolve' | 'initialState'>): Promise<S> {
  return fold(decider as unknown as Decider<never, RecordedEvent, S>, await store.readStream(streamId));
}
