import { v5 as uuidV5 } from 'uuid';
import { stockholmDateOf } from '../calendar';
import type { ContractRegistration, ContractStarted, RegisterContract } from '../contract/messages';
import { contractStreamId } from '../contract/stream';
import type { ContractSignature } from '../procurement/contract-events';
import type { ActivateCommitment, EstablishCommitment } from '../social-commitment/messages';
import { commitmentStreamId } from '../social-commitment/stream';
import type { WorkflowCommand, WorkflowTrigger } from './workflow-command';

/** Namespace of commitment ids (a fixed, random UUID): the same contract and criterion always give the same id. */
const COMMITMENT_ID_NAMESPACE = '6f1d2c3e-8a7b-4e51-9c0d-3b2a1f4e5d67';

/** The id of the commitment one criterion of one contract creates; a UUID v5, so any replay finds the same stream. */
export function commitmentIdFor(contractId: string, criterionId: string): string {
  // A newline cannot occur in either id as the API accepts them, so no two pairs share a name.
  return uuidV5(`${contractId}\n${criterionId}`, COMMITMENT_ID_NAMESPACE);
}

function idIn(category: string, streamId: string): string | undefined {
  return streamId.startsWith(`${category}-`) ? streamId.slice(category.length + 1) : undefined;
}

/**
 * `ContractSigned` on `procurement-<id>` → `RegisterContract` opens `contract-<contractId>` (domain.md §6).
 * The signing event does not name the buyer unit, the contract owner: the caller reads it from the
 * procurement stream (its `ProcurementInitiated`). Any other event asks for nothing.
 */
export function contractWorkflow(event: WorkflowTrigger, buyerUnitId: string): WorkflowCommand<RegisterContract>[] {
  const procurementId = idIn('procurement', event.streamId);
  if (event.type !== 'ContractSigned' || procurementId === undefined) return [];
  // Stored data was produced by the procurement decider for this type; the store hands it back as JSON.
  const { contractId, bidId, supplierId, signedAt, period, criteria } = event.data as unknown as ContractSignature;
  return [
    {
      streamId: contractStreamId(contractId),
      command: {
        type: 'RegisterContract',
        data: { contractId, procurementId, buyerUnitId, supplierId, bidId, signedAt, period, criteria },
      },
      idempotencyKey: `register-contract:${event.metadata.eventId}`,
    },
  ];
}

export type CommitmentWorkflowCommand = WorkflowCommand<EstablishCommitment> | WorkflowCommand<ActivateCommitment>;

/**
 * `ContractRegistered` → one `EstablishCommitment` per social criterion; `ContractStarted` → an
 * `ActivateCommitment` for each of them (domain.md §6). The start event names no criteria: the caller
 * passes the contract's registration (`registrationOf` of the folded contract stream). Any other event
 * asks for nothing.
 */
export function commitmentWorkflow(event: WorkflowTrigger, registration?: ContractRegistration): CommitmentWorkflowCommand[] {
  const contractId = idIn('contract', event.streamId);
  if (contractId === undefined) return [];
  switch (event.type) {
    case 'ContractRegistered':
      return establishCommitments(event, event.data as unknown as ContractRegistration);
    case 'ContractStarted': {
      if (registration?.contractId !== contractId) {
        throw new Error(`commitmentWorkflow: ContractStarted on ${event.streamId} needs that contract's registration.`);
      }
      return activateCommitments(event, registration, (event.data as unknown as ContractStarted['data']).date);
    }
    default:
      return [];
  }
}

function establishCommitments(event: WorkflowTrigger, contract: ContractRegistration): WorkflowCommand<EstablishCommitment>[] {
  const { contractId, procurementId, buyerUnitId, supplierId, signedAt } = contract;
  const signedOn = stockholmDateOf(signedAt);
  return contract.criteria.map((criterion) => {
    const commitmentId = commitmentIdFor(contractId, criterion.criterionId);
    return {
      streamId: commitmentStreamId(commitmentId),
      command: {
        type: 'EstablishCommitment',
        data: { commitmentId, contractId, procurementId, buyerUnitId, supplierId, criterion, signedOn },
      },
      idempotencyKey: `establish-commitment:${event.metadata.eventId}:${criterion.criterionId}`,
    };
  });
}

function activateCommitments(
  event: WorkflowTrigger,
  contract: ContractRegistration,
  contractStartDate: string,
): WorkflowCommand<ActivateCommitment>[] {
  return contract.criteria.map((criterion) => ({
    streamId: commitmentStreamId(commitmentIdFor(contract.contractId, criterion.criterionId)),
    command: { type: 'ActivateCommitment', data: { contractStartDate } },
    idempotencyKey: `activate-commitment:${event.metadata.eventId}:${criterion.criterionId}`,
  }));
}
