import { criterionData, sameCriterion } from '../procurement/social-criterion';
import { requireCommitmentStatus } from './guards';
import type { CommitmentEstablished, CommitmentTerms, EstablishCommitment } from './messages';
import type { CommitmentState } from './state';

function sameTerms(a: CommitmentTerms, b: CommitmentTerms): boolean {
  return (
    a.commitmentId === b.commitmentId &&
    a.contractId === b.contractId &&
    a.procurementId === b.procurementId &&
    a.buyerUnitId === b.buyerUnitId &&
    a.supplierId === b.supplierId &&
    a.signedOn === b.signedOn &&
    sameCriterion(a.criterion, b.criterion)
  );
}

/**
 * Opens the commitment stream; the workflow sends it for each criterion of a registered contract. The
 * terms were checked when the criterion was added (P1) and the contract signed, so nothing is checked
 * again; other terms under the same id are refused (STATE), the same terms are a quiet repeat.
 */
export function establishCommitment(command: EstablishCommitment, state: CommitmentState): CommitmentEstablished[] {
  if (state.status !== 'Absent' && sameTerms(state, command.data)) return [];
  requireCommitmentStatus(state, command, ['Absent']);
  const { commitmentId, contractId, procurementId, buyerUnitId, supplierId, criterion, signedOn } = command.data;
  return [
    {
      type: 'CommitmentEstablished',
      data: { commitmentId, contractId, procurementId, buyerUnitId, supplierId, criterion: criterionData(criterion), signedOn },
      metadata: { occurredAt: command.metadata.now },
    },
  ];
}

export function evolveCommitmentEstablished(state: CommitmentState, event: CommitmentEstablished): CommitmentState {
  if (state.status !== 'Absent') return state;
  return { status: 'Established', ...event.data, slots: {} };
}
