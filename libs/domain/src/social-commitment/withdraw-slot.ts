import { assertContractSupplier, requireCommitmentStatus, requireSlot, slotRefusal } from './guards';
import type { SlotWithdrawn, WithdrawSlot } from './messages';
import { findSlot, withSlot, type CommitmentState } from './state';

/** The supplier takes back a slot nobody is matched to (S8); a slot with a placement must run its course. */
export function withdrawSlot(command: WithdrawSlot, state: CommitmentState): SlotWithdrawn[] {
  const { slotId, supplierId } = command.data;
  assertContractSupplier(state, command, supplierId);
  if (findSlot(state, slotId)?.status === 'Withdrawn') return [];
  requireCommitmentStatus(state, command, ['Established', 'Active']);
  const slot = requireSlot(state, slotId);
  if (slot.status !== 'Offered') throw slotRefusal('STATE', slot, command, 'only an offered slot can be withdrawn');
  return [{ type: 'SlotWithdrawn', data: { slotId }, metadata: { occurredAt: command.metadata.now, ruleRefs: ['S8'] } }];
}

export function evolveSlotWithdrawn(state: CommitmentState, event: SlotWithdrawn): CommitmentState {
  const slot = findSlot(state, event.data.slotId);
  if (slot?.status !== 'Offered') return state;
  return withSlot(state, { ...slot, status: 'Withdrawn' });
}
