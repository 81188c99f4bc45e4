import { DomainError } from '../kernel';
import { requireStatus } from './guards';
import type { RemoveSocialCriterion } from './tender-commands';
import type { SocialCriterionRemoved } from './tender-events';
import { findCriterion } from './state-queries';
import type { ProcurementState } from './state';

/** Criteria belong to the procurement documents, so they can only be removed while Planning. */
export function removeSocialCriterion(
  command: RemoveSocialCriterion,
  state: ProcurementState,
): SocialCriterionRemoved[] {
  const { criterionId } = command.data;
  const present = findCriterion(state, criterionId) !== undefined;
  if (!present && state.status !== 'Absent' && state.removedCriterionIds.includes(criterionId)) return [];
  requireStatus(state, command, ['Planning']);
  if (!present) throw new DomainError('STATE', `Procurement ${state.procurementId} has no criterion '${criterionId}'.`);
  // No named rule applies while planning; STATE, checked for every command, is not listed.
  return [{ type: 'SocialCriterionRemoved', data: { criterionId }, metadata: { occurredAt: command.metadata.now } }];
}

export function evolveSocialCriterionRemoved(state: ProcurementState, event: SocialCriterionRemoved): ProcurementState {
  if (state.status !== 'Planning') return state;
  const { criterionId } = event.data;
  const criteria = Object.fromEntries(Object.entries(state.criteria).filter(([id]) => id !== criterionId));
  const removedCriterionIds = state.removedCriterionIds.includes(criterionId)
    ? state.removedCriterionIds
    : [...state.removedCriterionIds, criterionId];
  return { ...state, criteria, removedCriterionIds };
}
