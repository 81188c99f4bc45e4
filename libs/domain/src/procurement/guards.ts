import { DomainError, instantMs, isInFuture, type Instant } from '../kernel';
import type { ProcurementCommand } from './commands';
import type { CancelledProcurement, ProcurementState } from './state';

/** True for a string `Date.parse` understands; the contracts layer enforces the ISO 8601 shape. */
export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && !Number.isNaN(instantMs(value));
}

/** Two instants name the same moment, whatever offset they are written with. */
export function sameInstant(a: Instant | undefined, b: Instant | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a === b || instantMs(a) === instantMs(b);
}

/** P10: nothing happens to a cancelled procurement. */
export function cancelledError(state: CancelledProcurement, command: ProcurementCommand): DomainError {
  return new DomainError(
    'P10',
    `Procurement ${state.procurementId} was cancelled (${state.cancellation.reasonCategory}); ${command.type} is not possible.`,
  );
}

/** P10 before STATE: callers check for a quiet repeat first, then this. */
export function refuseIfCancelled(
  state: ProcurementState,
  command: ProcurementCommand,
): asserts state is Exclude<ProcurementState, CancelledProcurement> {
  if (state.status === 'Cancelled') throw cancelledError(state, command);
}

/** STATE: the command is not possible in the stage the procurement is in. */
export function notPossibleIn(state: ProcurementState, command: ProcurementCommand): DomainError {
  const which = state.status === 'Absent' ? 'a procurement that has not been initiated' : `a ${state.status} procurement`;
  return new DomainError('STATE', `${command.type} is not possible on ${which}.`);
}

/** T1: a business time must be an instant no later than the system clock's `now` plus the allowed skew. */
export function assertNotInFuture(field: string, act: Instant, now: Instant): void {
  if (!isInstant(act)) {
    throw new DomainError('T1', `${field} '${String(act)}' is not an ISO 8601 instant.`);
  }
  if (isInFuture(act, now)) {
    throw new DomainError('T1', `${field} ${act} lies in the future of the system clock (now ${now}).`);
  }
}
