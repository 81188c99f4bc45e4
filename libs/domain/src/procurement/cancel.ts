import { DomainError } from '../kernel';
import type { CancelProcurement } from './commands';
import type { ProcurementCancelled } from './events';
import { assertNotInFuture, cancelledError, notPossibleIn, sameInstant } from './guards';
import type { ProcurementState } from './state';
import { CANCELLATION_REASONS, isFilled, isOneOf } from './vocabulary';

/** P10: any stage before signing; a cancellation states a reason category and a justification (all tenderers will be notified). */
export function cancel(command: CancelProcurement, state: ProcurementState): ProcurementCancelled[] {
  const { reasonCategory, justification, cancelledAt } = command.data;
  if (
    state.status === 'Cancelled' &&
    state.cancellation.reasonCategory === reasonCategory &&
    state.cancellation.justification === justification &&
    sameInstant(state.cancellation.cancelledAt, cancelledAt)
  ) {
    return [];
  }
  // A switch, so that each stage added later must say whether it can still be cancelled.
  switch (state.status) {
    case 'Absent':
      throw notPossibleIn(state, command);
    case 'Cancelled':
      throw cancelledError(state, command);
    case 'Concluded':
      throw new DomainError('P10', `Procurement ${state.procurementId} is concluded: cancellation is possible only before signing.`);
    case 'Planning':
    case 'Published':
    case 'BidsOpened':
    case 'Evaluating':
    case 'AwardDecided':
    case 'Standstill':
    case 'ReadyToContract':
      break;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }

  assertNotInFuture('cancelledAt', cancelledAt, command.metadata.now);
  if (!isOneOf(CANCELLATION_REASONS, reasonCategory)) {
    throw new DomainError(
      'P10',
      `reasonCategory '${String(reasonCategory)}' is not one of ${CANCELLATION_REASONS.join(', ')}.`,
    );
  }
  if (!isFilled(justification)) {
    throw new DomainError('P10', 'A cancellation needs a justification.');
  }
  return [
    {
      type: 'ProcurementCancelled',
      data: { reasonCategory, justification, cancelledAt },
      metadata: { occurredAt: cancelledAt, ruleRefs: ['P10', 'T1'] },
    },
  ];
}
