import { compareDates, stockholmDateOf } from '../calendar';
import { DomainError } from '../kernel';
import { assertNotInFuture, sameInstant } from '../procurement/guards';
import { holdsAUnit, isLive, unitsCommitted } from './counts';
import { commitmentNotPossible, requireSlot, slotRefusal } from './guards';
import type { MatchSlot, SlotMatched } from './messages';
import { findSlot, slotsOf, withSlot, type CommitmentState } from './state';

/** The effect is in the state: the slot holds this referral from this match (it may have started since). */
function alreadyMatched(state: CommitmentState, command: MatchSlot): boolean {
  const slot = findSlot(state, command.data.slotId);
  return (
    slot !== undefined &&
    holdsAUnit(slot) &&
    slot.referralId === command.data.referralId &&
    sameInstant(slot.matchedAt, command.data.matchedAt)
  );
}

/**
 * The labour-market unit matches a referral to an offered slot (api.md: always its explicit act). S1: the
 * commitment is active, and fewer slots hold a unit than it commits — a completed placement keeps its
 * unit, an interrupted one gives it back. S2: the slot is offered, and the referral is in no other live
 * slot. Another referral or match time for a matched slot is refused (S2), not treated as a repeat. R3:
 * never for an erased candidate — the referral's stream is not this one, so the handler states it in
 * `candidateErased`; a match made before the erasure stays a quiet repeat.
 */
export function matchSlot(command: MatchSlot, state: CommitmentState): SlotMatched[] {
  const { slotId, referralId, matchedAt } = command.data;
  if (alreadyMatched(state, command)) return [];
  if (state.status === 'Absent') throw commitmentNotPossible(state, command);
  if (command.data.candidateErased !== false) {
    throw new DomainError('R3', `The candidate of referral '${referralId}' was erased; it cannot be matched.`);
  }
  if (state.status !== 'Active') {
    throw new DomainError('S1', `Commitment ${state.commitmentId} is not active yet: its contract has not started.`);
  }
  const slot = requireSlot(state, slotId);
  if (slot.status !== 'Offered') throw slotRefusal('S2', slot, command, 'only an offered slot can be matched');
  const units = unitsCommitted(state);
  const held = slotsOf(state).filter(holdsAUnit).length;
  if (held >= units) {
    throw new DomainError('S1', `${held} of ${units} committed placements are already matched, started or completed.`);
  }
  const other = slotsOf(state).find((candidate) => isLive(candidate) && candidate.referralId === referralId);
  if (other !== undefined) {
    throw new DomainError('S2', `Referral '${referralId}' is already in slot '${other.slotId}' (${other.status}).`);
  }
  assertNotInFuture('matchedAt', matchedAt, command.metadata.now);
  const matchedOn = stockholmDateOf(matchedAt);
  if (compareDates(matchedOn, state.contractStartDate) < 0) {
    throw new DomainError('S1', `matchedAt ${matchedAt} lies before the contract started on ${state.contractStartDate}.`);
  }
  return [{ type: 'SlotMatched', data: { slotId, referralId, matchedAt }, metadata: { occurredAt: matchedAt, ruleRefs: ['S1', 'S2', 'R3', 'T1'] } }];
}

export function evolveSlotMatched(state: CommitmentState, event: SlotMatched): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Offered') return state;
  const { referralId, matchedAt } = event.data;
  return withSlot(state, { ...slot, status: 'Matched', referralId, matchedAt });
}
