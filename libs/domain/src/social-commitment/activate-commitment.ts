import { assertDateNotInFuture } from '../contract/dates';
import { requireCommitmentStatus } from './guards';
import type { ActivateCommitment, CommitmentActivated } from './messages';
import type { CommitmentState } from './state';

/**
 * Activates the commitment when its contract starts (sent by the workflow on `ContractStarted`): from now
 * on slots can be matched (S1). A contract starts once, so another start date is refused (STATE).
 */
export function activateCommitment(command: ActivateCommitment, state: CommitmentState): CommitmentActivated[] {
  const { contractStartDate } = command.data;
  if (state.status === 'Active' && state.contractStartDate === contractStartDate) return [];
  requireCommitmentStatus(state, command, ['Established']);
  assertDateNotInFuture('contractStartDate', contractStartDate, command.metadata.now);
  return [
    {
      type: 'CommitmentActivated',
      data: { contractStartDate },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['T1'] },
    },
  ];
}

export function evolveCommitmentActivated(state: CommitmentState, event: CommitmentActivated): CommitmentState {
  if (state.status !== 'Established') return state;
  return { ...state, status: 'Active', contractStartDate: event.data.contractStartDate };
}
