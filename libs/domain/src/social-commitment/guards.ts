import { DomainError } from '../kernel';
import type { CommitmentCommand } from './messages';
import { findSlot, type CommitmentState, type CommitmentStatus, type Slot } from './state';

/** STATE: the command is not possible in the stage the commitment is in. */
export function commitmentNotPossible(state: CommitmentState, command: CommitmentCommand): DomainError {
  const which = state.status === 'Absent' ? 'a commitment that has not been established' : `an ${state.status} commitment`;
  return new DomainError('STATE', `${command.type} is not possible on ${which}.`);
}

/** STATE: the command is possible only in the given stages. Callers check for a quiet repeat first (decision 004). */
export function requireCommitmentStatus<S extends CommitmentStatus>(
  state: CommitmentState,
  command: CommitmentCommand,
  statuses: readonly S[],
): asserts state is Extract<CommitmentState, { status: S }> {
  if (!(statuses as readonly CommitmentStatus[]).includes(state.status)) throw commitmentNotPossible(state, command);
}

/**
 * S8: only the contract's supplier offers and withdraws slots. Checked before the quiet repeat: another
 * supplier cannot repeat an act it could never have made.
 */
export function assertContractSupplier(state: CommitmentState, command: CommitmentCommand, supplierId: string): void {
  if (state.status === 'Absent') throw commitmentNotPossible(state, command);
  if (supplierId !== state.supplierId) {
    throw new DomainError('S8', `Supplier '${supplierId}' is not the supplier of contract ${state.contractId}.`);
  }
}

/** STATE: the command names a slot the commitment does not have. */
export function requireSlot(state: CommitmentState, slotId: string): Slot {
  const slot = findSlot(state, slotId);
  if (slot === undefined) throw new DomainError('STATE', `The commitment has no slot '${slotId}'.`);
  return slot;
}

/** A refusal that names the slot's stage, e.g. "slot 's1' is Matched". */
export function slotRefusal(rule: 'STATE' | 'S2' | 'S3' | 'S4', slot: Slot, command: CommitmentCommand, why: string): DomainError {
  return new DomainError(rule, `${command.type}: slot '${slot.slotId}' is ${slot.status}; ${why}.`);
}
