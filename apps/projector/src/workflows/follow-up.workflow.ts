import type { TimerStore } from '@kravspar/clock';
import { commitmentDecider, contractDecider, contractStreamId, followUpTimersFor, registrationOf, type CommitmentState, type ContractState } from '@kravspar/domain';
import { fold, type Decider } from '@kravspar/domain/kernel';
import type { EventStore, RecordedEvent } from '@kravspar/event-store';
import type { Projection } from '@kravspar/projections';

/**
 * Arms the follow-up timers of each commitment on `CommitmentActivated` (domain.md §6): the first report
 * timer, the S6 timer and the period-end timer. The contract's end is read from its stream, since the
 * commitment's own events do not name it. As with the standstill, timers are armed outside the checkpoint's
 * transaction; a replay arms the same keys again, which `schedule` absorbs (a fired key never re-arms).
 */
export function followUpWorkflow(timers: TimerStore, store: EventStore): Projection {
  return {
    name: 'follow-up-workflow.v1',
    filter: { streamPrefixes: ['commitment-'], eventTypes: ['CommitmentActivated'] },
    async apply(_client, event) {
      const commitment = await stateOf<CommitmentState>(store, event.streamId, commitmentDecider);
      if (commitment.status === 'Absent') return;
      const contract = registrationOf(await stateOf<ContractState>(store, contractStreamId(commitment.contractId), contractDecider));
      // The commitment was established from the registered contract, so this is a broken log: retry, loudly.
      if (!contract) throw new Error(`follow-up workflow: no registration on contract-${commitment.contractId}`);
      const { commitmentId, criterion } = commitment;
      for (const timer of followUpTimersFor(event, { commitmentId, criterion, contractEnd: contract.period.end })) {
        await timers.schedule({ key: timer.key, kind: timer.kind, dueAt: new Date(timer.dueAt), payload: timer.payload });
      }
    },
  };
}

async function stateOf<S>(store: EventStore, streamId: string, decider: Pick<Decider<never, never, S>, 'evolve' | 'initialState'>): Promise<S> {
  return fold(decider as unknown as Decider<never, RecordedEvent, S>, await store.readStream(streamId));
}
