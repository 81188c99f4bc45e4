import { compareDates, stockholmDateOf, stockholmStartOf } from '../calendar';
import { assertDateNotInFuture } from '../contract/dates';
import { DomainError } from '../kernel';
import { requireCommitmentStatus, requireSlot, slotRefusal } from './guards';
import type { PlacementStarted, StartPlacement } from './messages';
import { findSlot, withSlot, type CommitmentState } from './state';

/**
 * The placement in a matched slot starts. S3: on or after the Stockholm date of the match; a slot that
 * is only offered has no match to start from (S3 too). A started slot is a quiet repeat for its own start
 * date and refused (STATE) for another.
 */
export function startPlacement(command: StartPlacement, state: CommitmentState): PlacementStarted[] {
  const { slotId, date } = command.data;
  const existing = findSlot(state, slotId);
  if ((existing?.status === 'Started' || existing?.status === 'Completed') && existing.startDate === date) return [];
  requireCommitmentStatus(state, command, ['Active']);
  const slot = requireSlot(state, slotId);
  if (slot.status === 'Offered') throw slotRefusal('S3', slot, command, 'a placement starts only after a match');
  if (slot.status !== 'Matched') throw slotRefusal('STATE', slot, command, 'only a matched slot can start');
  assertDateNotInFuture('date', date, command.metadata.now);
  const matchedOn = stockholmDateOf(slot.matchedAt);
  if (compareDates(date, matchedOn) < 0) {
    throw new DomainError('S3', `The start date ${date} lies before the match on ${matchedOn}.`);
  }
  return [
    {
      type: 'PlacementStarted',
      data: { slotId, referralId: slot.referralId, date },
      // Known by its date only: the act occurred when that day began in Stockholm.
      metadata: { occurredAt: stockholmStartOf(date), ruleRefs: ['S3', 'T1'] },
    },
  ];
}

export function evolvePlacementStarted(state: CommitmentState, event: PlacementStarted): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Matched') return state;
  return withSlot(state, { ...slot, status: 'Started', startDate: event.data.date });
}
