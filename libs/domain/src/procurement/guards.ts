import { DomainError, instantMs, isInFuture, type Instant } from '../kernel';
import type { ProcurementCommand } from './commands';
import type { CancelledProcurement, ProcurementState, ProcurementStatus } from './state';

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

/**
 * P10, then STATE: the command is possible only in the given stages. Callers check for a quiet repeat
 * first (decision 004).
 */
export function requireStatus<S extends ProcurementStatus>(
  state: ProcurementState,
  command: ProcurementCommand,
  statuses: readonly S[],
): asserts state is Extract<ProcurementState, { status: S }> {
  refuseIfCancelled(state, command);
  if (!(statuses as readonly ProcurementStatus[]).includes(state.status)) throw notPossibleIn(state, command);
}

/** STATE: an act cannot be registered as happening before the act it depends on. */
export function assertNotBefore(field: string, act: Instant, earlierField: string, earlier: Instant): void {
  if (instantMs(act) < instantMs(earlier)) {
    throw new DomainError('STATE', `${field} ${act} lies before ${earlierField} ${earlier}.`);
  }
}

/** Two lists hold the same items in the same order. */
export function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
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
