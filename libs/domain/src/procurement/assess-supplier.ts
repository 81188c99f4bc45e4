import { DomainError } from '../kernel';
import type { ExcludeSupplier, QualifySupplier } from './award-commands';
import type { SupplierExcluded, SupplierQualified } from './award-events';
import { requireStatus } from './guards';
import type { Assessment, Bid } from './records';
import type { BidsOpenedProcurement, ProcurementState } from './state';
import { findBid } from './state-queries';

function sameAssessment(a: Assessment | undefined, b: Assessment): boolean {
  if (a === undefined || a.verdict !== b.verdict) return false;
  if (a.verdict === 'qualified' || b.verdict === 'qualified') return true;
  return a.ground === b.ground && a.reason === b.reason;
}

/**
 * The bid to assess, or undefined when the same assessment is already recorded (a quiet repeat). STATE
 * unless the bid was opened and not yet assessed: each opened bid is assessed once, before evaluation.
 */
function bidToAssess(command: QualifySupplier | ExcludeSupplier, state: ProcurementState, verdict: Assessment): Bid | undefined {
  const { bidId } = command.data;
  const bid = findBid(state, bidId);
  if (sameAssessment(bid?.assessment, verdict)) return undefined;
  requireStatus(state, command, ['BidsOpened']);
  if (bid === undefined || !state.opening.bidIds.includes(bidId)) {
    throw new DomainError('STATE', `Bid '${bidId}' was not opened, so it cannot be assessed.`);
  }
  if (bid.assessment !== undefined) {
    throw new DomainError('STATE', `Bid '${bidId}' was already ${bid.assessment.verdict}.`);
  }
  return bid;
}

/** P6: a bid meets the qualification requirements; it can then be ranked. */
export function qualifySupplier(command: QualifySupplier, state: ProcurementState): SupplierQualified[] {
  const bid = bidToAssess(command, state, { verdict: 'qualified' });
  if (bid === undefined) return [];
  return [
    {
      type: 'SupplierQualified',
      data: { bidId: bid.bidId, supplierId: bid.supplierId },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['P6'] },
    },
  ];
}

/** P6: a bid is excluded (LOU 13 kap.); it takes no further part in the evaluation. */
export function excludeSupplier(command: ExcludeSupplier, state: ProcurementState): SupplierExcluded[] {
  const { ground, reason } = command.data;
  const verdict: Assessment = {
    verdict: 'excluded',
    ...(ground === undefined ? {} : { ground }),
    ...(reason === undefined ? {} : { reason }),
  };
  const bid = bidToAssess(command, state, verdict);
  if (bid === undefined) return [];
  return [
    {
      type: 'SupplierExcluded',
      data: {
        bidId: bid.bidId,
        supplierId: bid.supplierId,
        ...(ground === undefined ? {} : { ground }),
        ...(reason === undefined ? {} : { reason }),
      },
      metadata: { occurredAt: command.metadata.now, ruleRefs: ['P6'] },
    },
  ];
}

function assess(state: ProcurementState, bidId: string, assessment: Assessment): ProcurementState {
  if (state.status !== 'BidsOpened' || !Object.hasOwn(state.bids, bidId)) return state;
  const bids = { ...state.bids, [bidId]: { ...state.bids[bidId], assessment } };
  return { ...state, bids } satisfies BidsOpenedProcurement;
}

export function evolveSupplierQualified(state: ProcurementState, event: SupplierQualified): ProcurementState {
  return assess(state, event.data.bidId, { verdict: 'qualified' });
}

export function evolveSupplierExcluded(state: ProcurementState, event: SupplierExcluded): ProcurementState {
  const { ground, reason } = event.data;
  return assess(state, event.data.bidId, {
    verdict: 'excluded',
    ...(ground === undefined ? {} : { ground }),
    ...(reason === undefined ? {} : { reason }),
  });
}
