import type { CommitmentEvent, CommitmentEstablished, ContractEvent } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import { idInStream } from '../stream-id';
import type { CommitmentFacts, OcdsProcess } from './ocds-process';
import type { OcdsStep } from './procurement-facts';

type SlotStatus = CommitmentFacts['slots'][string]['status'];

/**
 * Folds an event of the process's contract stream: the start → implementation; completion or termination
 * → contractTermination (OCDS's `terminated` covers both). Follow-up meetings, deviations and penalties
 * make no release.
 */
export function evolveContractFacts(p: OcdsProcess, event: ProjectedEvent): OcdsStep {
  const e = event as unknown as ContractEvent;
  if (!p.contract) return { process: p };
  switch (e.type) {
    case 'ContractStarted':
      return { process: { ...p, contract: { ...p.contract, startedOn: e.data.date } }, tags: ['implementation'] };
    case 'ContractCompleted':
    case 'ContractTerminated':
      return { process: { ...p, contract: { ...p.contract, status: 'terminated' } }, tags: ['contractTermination'] };
    default:
      return { process: p };
  }
}

/**
 * Folds an event of one of the process's commitment streams into counts: each change of a slot's stage,
 * and the judgement at the period's end, is an implementationUpdate (metrics extension). Referrals, sites,
 * reasons and outcomes stay out: the counts are all that is published.
 */
export function evolveCommitmentFacts(p: OcdsProcess, event: ProjectedEvent): OcdsStep {
  const e = event as unknown as CommitmentEvent;
  const commitmentId = idInStream('commitment', event.streamId);
  if (e.type === 'CommitmentEstablished') return established(p, commitmentId, e);
  const commitment = p.commitments[commitmentId];
  if (!commitment) return { process: p };
  const update = (next: CommitmentFacts): OcdsStep => ({ process: { ...p, commitments: { ...p.commitments, [commitmentId]: next } }, tags: ['implementationUpdate'] });
  const slot = (slotId: string, status: SlotStatus, interrupted = 0): OcdsStep => {
    const before = commitment.slots[slotId] ?? { status: 'Offered', interruptions: 0 };
    return update({ ...commitment, slots: { ...commitment.slots, [slotId]: { status, interruptions: before.interruptions + interrupted } } });
  };
  switch (e.type) {
    case 'PlacementSlotOffered':
      return slot(e.data.slotId, 'Offered');
    case 'SlotWithdrawn':
      return slot(e.data.slotId, 'Withdrawn');
    case 'SlotMatched':
      return slot(e.data.slotId, 'Matched');
    case 'PlacementStarted':
      return slot(e.data.slotId, 'Started');
    case 'PlacementCompleted':
      return slot(e.data.slotId, 'Completed');
    // The slot is offered again at once (domain.md §3); the SlotReopened that follows changes no count.
    case 'PlacementInterrupted':
      return slot(e.data.slotId, 'Offered', 1);
    case 'CommitmentFulfilled':
    case 'CommitmentBreached': {
      const verdict = e.type === 'CommitmentFulfilled' ? 'fulfilled' : 'breached';
      return update({ ...commitment, judgement: { verdict, placementsCounted: e.data.placementsCounted } });
    }
    default:
      return { process: p };
  }
}

function established(p: OcdsProcess, commitmentId: string, e: CommitmentEstablished): OcdsStep {
  if (p.commitments[commitmentId]) return { process: p };
  const commitment: CommitmentFacts = { criterionId: e.data.criterion.criterionId, slots: {} };
  return { process: { ...p, commitments: { ...p.commitments, [commitmentId]: commitment } } };
}
