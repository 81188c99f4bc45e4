import { compareDates, stockholmStartOf } from '../calendar';
import { assertDateNotInFuture } from '../contract/dates';
import { DomainError } from '../kernel';
import { isOneOf } from '../procurement/vocabulary';
import { requireCommitmentStatus, requireSlot, slotRefusal } from './guards';
import { PLACEMENT_OUTCOMES, type CompletePlacement, type PlacementCompleted } from './messages';
import { findSlot, withSlot, type CommitmentState } from './state';

function alreadyCompleted(state: CommitmentState, command: CompletePlacement): boolean {
  const slot = findSlot(state, command.data.slotId);
  const { date, outcomeCode, monthsServed } = command.data;
  return slot?.status === 'Completed' && slot.completedOn === date && slot.outcomeCode === outcomeCode && slot.monthsServed === monthsServed;
}

/**
 * A started placement is completed (S4), with an outcome from the closed list and the months served
 * (S5: counts and codes only, they feed the outcome statistics). Whether the months fulfil the criterion
 * (S7) is judged at the period's end, not here.
 */
export function completePlacement(command: CompletePlacement, state: CommitmentState): PlacementCompleted[] {
  const { slotId, date, outcomeCode, monthsServed } = command.data;
  if (alreadyCompleted(state, command)) return [];
  requireCommitmentStatus(state, command, ['Active']);
  const slot = requireSlot(state, slotId);
  if (slot.status === 'Offered' || slot.status === 'Matched') {
    throw slotRefusal('S4', slot, command, 'a placement is completed only after it started');
  }
  if (slot.status !== 'Started') throw slotRefusal('STATE', slot, command, 'only a started placement can be completed');
  if (!isOneOf(PLACEMENT_OUTCOMES, outcomeCode)) {
    throw new DomainError('S5', `'${String(outcomeCode)}' is not a placement outcome (${PLACEMENT_OUTCOMES.join(', ')}).`);
  }
  if (typeof monthsServed !== 'number' || !Number.isFinite(monthsServed) || monthsServed < 0) {
    throw new DomainError('S5', `monthsServed must be a number of months ≥ 0, not ${String(monthsServed)}.`);
  }
  assertDateNotInFuture('date', date, command.metadata.now);
  if (compareDates(date, slot.startDate) < 0) {
    throw new DomainError('S4', `The completion on ${date} lies before the start on ${slot.startDate}.`);
  }
  return [
    {
      type: 'PlacementCompleted',
      data: { slotId, referralId: slot.referralId, date, outcomeCode, monthsServed },
      metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['S4', 'S5', 'T1'] },
    },
  ];
}

export function evolvePlacementCompleted(state: CommitmentState, event: PlacementCompleted): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Started') return state;
  const { date, outcomeCode, monthsServed } = event.data;
  return withSlot(state, { ...slot, status: 'Completed', completedOn: date, outcomeCode, monthsServed });
}
