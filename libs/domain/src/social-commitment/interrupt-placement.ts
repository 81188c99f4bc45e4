import { compareDates, stockholmStartOf } from '../calendar';
import { assertDateNotInFuture } from '../contract/dates';
import { DomainError } from '../kernel';
import { isOneOf } from '../procurement/vocabulary';
import { requireCommitmentStatus, requireSlot, slotRefusal } from './guards';
import { INTERRUPTION_REASONS, type InterruptPlacement, type PlacementInterrupted, type SlotReopened } from './messages';
import { findSlot, withSlot, type CommitmentState, type Slot } from './state';

/** The slot's last interruption is this one, and no new placement has started in it since. */
function alreadyInterrupted(slot: Slot | undefined, command: InterruptPlacement): boolean {
  if (slot === undefined || slot.status === 'Started') return false;
  const last = slot.interruptions.at(-1);
  return last !== undefined && last.date === command.data.date && last.reasonCode === command.data.reasonCode;
}

/**
 * A started placement ends early (S4), for a reason from the closed list (S5). The slot is offered again
 * at once (domain.md §3: Interrupted → Offered), so its unit is free for another match under S1.
 */
export function interruptPlacement(command: InterruptPlacement, state: CommitmentState): (PlacementInterrupted | SlotReopened)[] {
  const { slotId, date, reasonCode } = command.data;
  if (alreadyInterrupted(findSlot(state, slotId), command)) return [];
  requireCommitmentStatus(state, command, ['Active']);
  const slot = requireSlot(state, slotId);
  if (slot.status === 'Offered' || slot.status === 'Matched') {
    throw slotRefusal('S4', slot, command, 'a placement is interrupted only after it started');
  }
  if (slot.status !== 'Started') throw slotRefusal('STATE', slot, command, 'only a started placement can be interrupted');
  if (!isOneOf(INTERRUPTION_REASONS, reasonCode)) {
    throw new DomainError('S5', `'${String(reasonCode)}' is not an interruption reason (${INTERRUPTION_REASONS.join(', ')}).`);
  }
  assertDateNotInFuture('date', date, command.metadata.now);
  if (compareDates(date, slot.startDate) < 0) {
    throw new DomainError('S4', `The interruption on ${date} lies before the start on ${slot.startDate}.`);
  }
  const occurredAt = stockholmStartOf(date);
  return [
    {
      type: 'PlacementInterrupted',
      data: { slotId, referralId: slot.referralId, date, reasonCode },
      metadata: { occurredAt, ruleRefs: ['S4', 'S5', 'T1'] },
    },
    { type: 'SlotReopened', data: { slotId }, metadata: { occurredAt, ruleRefs: ['S4'] } },
  ];
}

export function evolvePlacementInterrupted(state: CommitmentState, event: PlacementInterrupted): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Started') return state;
  const { referralId, date, reasonCode } = event.data;
  return withSlot(state, { ...slot, status: 'Interrupted', interruptions: [...slot.interruptions, { referralId, date, reasonCode }] });
}

export function evolveSlotReopened(state: CommitmentState, event: SlotReopened): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Interrupted') return state;
  // The referral leaves the slot: it may be matched elsewhere (S2), and the slot to someone else.
  const { slotId, site, startWindow, interruptions } = slot;
  return withSlot(state, { status: 'Offered', slotId, site, startWindow, interruptions });
}
