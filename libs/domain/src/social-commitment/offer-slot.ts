import { compareDates } from '../calendar';
import { isCalendarDate } from '../contract/dates';
import { DomainError } from '../kernel';
import { unitsCommitted } from './counts';
import { assertContractSupplier, requireCommitmentStatus } from './guards';
import type { OfferSlot, PlacementSlotOffered, SlotOffer } from './messages';
import { findSlot, withSlot, type CommitmentState, type Slot } from './state';

function sameOffer(slot: Slot, offer: SlotOffer): boolean {
  return slot.site === offer.site && slot.startWindow.from === offer.startWindow.from && slot.startWindow.to === offer.startWindow.to;
}

/**
 * The supplier offers a placement slot (S8), before or after the contract starts. More slots than units
 * may be offered: S1 limits matching, not offering. A slot id is used once; the same offer under it again
 * (even after a withdrawal) is a quiet repeat.
 */
export function offerSlot(command: OfferSlot, state: CommitmentState): PlacementSlotOffered[] {
  const { slotId, site, startWindow, supplierId } = command.data;
  assertContractSupplier(state, command, supplierId);
  const existing = findSlot(state, slotId);
  if (existing !== undefined && sameOffer(existing, command.data)) return [];
  requireCommitmentStatus(state, command, ['Established', 'Active']);
  if (existing !== undefined) throw new DomainError('STATE', `Slot '${slotId}' was already offered with another site or start window.`);
  if (unitsCommitted(state) === 0) {
    throw new DomainError('STATE', `Criterion '${state.criterion.criterionId}' commits no placements, so no slot can be offered.`);
  }
  const { from, to } = startWindow;
  if (!isCalendarDate(from) || !isCalendarDate(to) || compareDates(from, to) > 0) {
    throw new DomainError('STATE', `The start window ${String(from)}..${String(to)} is not a range of calendar dates.`);
  }
  return [
    {
      type: 'PlacementSlotOffered',
      data: { slotId, site, startWindow: { from, to } },
      // A supplier's act is stamped by the system clock (api.md §Times).
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['S8'] },
    },
  ];
}

export function evolvePlacementSlotOffered(state: CommitmentState, event: PlacementSlotOffered): CommitmentState {
  if (state.status === 'Absent' || findSlot(state, event.data.slotId) !== undefined) return state;
  const { slotId, site, startWindow } = event.data;
  return withSlot(state, { status: 'Offered', slotId, site, startWindow, interruptions: [] });
}
