import { addDays, compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { DomainError } from '../kernel';
import { unitsCommitted } from './counts';
import type { FirstPlacementOverdue, MarkFirstPlacementOverdue } from './follow-up-messages';
import { firstStartDate, followUpOf, withFollowUp } from './follow-up-state';
import { requireCommitmentStatus } from './guards';
import { firstPlacementDueDate } from './reporting-periods';
import type { CommitmentState } from './state';

/**
 * S6: a timer asks, once `firstPlacementDueDays` after the contract start have passed, whether a placement
 * has started. Not a refusal of anything: when none started by the due date, `FirstPlacementOverdue` is
 * recorded (once); a placement that started in time, interrupted ones included, leaves nothing to record.
 */
export function markFirstPlacementOverdue(command: MarkFirstPlacementOverdue, state: CommitmentState): FirstPlacementOverdue[] {
  if (followUpOf(state).firstPlacementOverdue !== undefined) return [];
  requireCommitmentStatus(state, command, ['Active']);
  const dueDate = firstPlacementDueDate(state.contractStartDate, state.criterion.firstPlacementDueDays);
  if (dueDate === undefined || unitsCommitted(state) === 0) {
    throw new DomainError('STATE', `Criterion '${state.criterion.criterionId}' sets no due date for a first placement.`);
  }
  const firstStart = firstStartDate(state);
  if (firstStart !== undefined && compareDates(firstStart, dueDate) <= 0) return [];
  const today = stockholmDateOf(command.metadata.now);
  if (compareDates(today, dueDate) <= 0) {
    throw new DomainError('T1', `The first placement is due by ${dueDate}; it is not overdue on ${today}.`);
  }
  return [
    {
      type: 'FirstPlacementOverdue',
      data: { dueDate },
      metadata: { occurredAt: stockholmStartOf(addDays(dueDate, 1)), ruleRefs: ['S6', 'T1'] },
    },
  ];
}

export function evolveFirstPlacementOverdue(state: CommitmentState, event: FirstPlacementOverdue): CommitmentState {
  if (state.status === 'Absent' || followUpOf(state).firstPlacementOverdue !== undefined) return state;
  return withFollowUp(state, { firstPlacementOverdue: event.data.dueDate });
}
