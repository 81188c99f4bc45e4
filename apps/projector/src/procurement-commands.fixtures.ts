import { procurementDecider, procurementStreamId, type ProcurementCommand } from '@kravspar/domain';
import { addCriterion, cancel, initiate, publish } from '@kravspar/domain/procurement/procurement.fixtures';
import { handleCommand, type EventStore } from '@kravspar/event-store';

// Test data for the projector's specs: procurements run through the one write path.

export type Step = 'initiate' | 'addCriterion' | 'publish' | 'cancel';

/** Runs the steps for procurement `id` through `handleCommand` with the procurement decider, in order. */
export async function runProcurement(store: EventStore, id: string, steps: readonly Step[]): Promise<void> {
  const commands: Record<Step, ProcurementCommand> = {
    initiate: initiate({ procurementId: id, title: `Städning ${id}` }),
    addCriterion: addCriterion(),
    publish: publish(),
    cancel: cancel(),
  };
  for (const step of steps) {
    await handleCommand(store, procurementStreamId(id), procurementDecider, commands[step]);
  }
}
