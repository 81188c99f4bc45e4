import { DomainError } from '../kernel';
import type { AddSocialCriterion } from './commands';
import type { SocialCriterionAdded } from './events';
import { notPossibleIn, refuseIfCancelled } from './guards';
import {
  assertPlacementCriterionComplete,
  criterionData,
  isPlacementCriterion,
  sameCriterion,
} from './social-criterion';
import type { ProcurementState } from './state';
import { findCriterion } from './state-queries';

/** Criteria are part of the procurement documents, so they can only be added while Planning. */
export function addSocialCriterion(
  command: AddSocialCriterion,
  state: ProcurementState,
): SocialCriterionAdded[] {
  const criterion = command.data;
  const existing = findCriterion(state, criterion.criterionId);
  if (existing !== undefined && sameCriterion(existing, criterion)) return [];
  refuseIfCancelled(state, command);
  if (state.status !== 'Planning') throw notPossibleIn(state, command);
  if (existing !== undefined) {
    throw new DomainError(
      'STATE',
      `Criterion '${criterion.criterionId}' already exists with other fields; criteria are not edited in place.`,
    );
  }

  const placement = isPlacementCriterion(criterion);
  if (placement) assertPlacementCriterionComplete(criterion);
  return [
    {
      type: 'SocialCriterionAdded',
      data: criterionData(criterion),
      metadata: placement
        ? { occurredAt: command.metadata.now, ruleRefs: ['P1'] }
        : { occurredAt: command.metadata.now },
    },
  ];
}
