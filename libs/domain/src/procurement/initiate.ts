import type { InitiateProcurement, ProcurementDetails } from './commands';
import type { ProcurementInitiated } from './events';
import { notPossibleIn, refuseIfCancelled } from './guards';
import type { ProcurementState } from './state';

function sameDetails(a: ProcurementDetails, b: ProcurementDetails): boolean {
  return (
    a.procurementId === b.procurementId &&
    a.title === b.title &&
    a.buyerUnitId === b.buyerUnitId &&
    a.procedure === b.procedure &&
    a.regime === b.regime &&
    a.estimatedValue.amount === b.estimatedValue.amount &&
    a.estimatedValue.currency === b.estimatedValue.currency &&
    a.cpv === b.cpv
  );
}

/**
 * Opens the stream. Completeness (title, buyer unit...) is not checked here but at publication (P1), so a
 * procurement can be drafted step by step.
 */
export function initiate(command: InitiateProcurement, state: ProcurementState): ProcurementInitiated[] {
  if (state.status !== 'Absent' && sameDetails(state, command.data)) return [];
  refuseIfCancelled(state, command);
  if (state.status !== 'Absent') throw notPossibleIn(state, command);

  const { procurementId, title, buyerUnitId, procedure, regime, estimatedValue, cpv } = command.data;
  return [
    {
      type: 'ProcurementInitiated',
      data: {
        procurementId,
        title,
        buyerUnitId,
        procedure,
        regime,
        estimatedValue: { amount: estimatedValue.amount, currency: estimatedValue.currency },
        ...(cpv === undefined ? {} : { cpv }),
      },
      // No named rule applies to initiation; STATE, checked for every command, is not listed.
      metadata: { occurredAt: command.metadata.now },
    },
  ];
}
