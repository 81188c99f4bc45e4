import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY, type CommitmentEvent, type ContractEvent } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import { idInStream } from '../stream-id';
import type { ContractCommitment, ContractDocument } from './contract-document';

/** The contract id of a `contract-<id>` stream. */
export const contractIdOf = (streamId: string): string => idInStream(CONTRACT_STREAM_CATEGORY, streamId);

/**
 * Folds one event of a contract stream into the contract document. Idempotent by revision: an event at or
 * below the document's revision returns the document unchanged. Version 1 knows the registration and the
 * start; later contract events (follow-ups, deviations, penalties, the end) leave the document as it is,
 * revision included, until a later version is rebuilt from position 0 with them.
 */
export function projectContract(document: ContractDocument | undefined, event: ProjectedEvent): ContractDocument | undefined {
  if (document && event.revision <= document.revision) return document;
  // Stored data was produced by the decider for this type; the store hands it back as plain JSON.
  const known = event as unknown as ContractEvent;
  if (known.type === 'ContractRegistered') {
    if (document) return document;
    const { procurementId, buyerUnitId, supplierId, bidId, signedAt, period } = known.data;
    const { start, end } = period;
    return {
      id: contractIdOf(event.streamId),
      procurementId,
      buyerUnitId,
      supplierId,
      bidId,
      signedAt,
      period: { start, end },
      startedOn: null,
      status: 'Registered',
      revision: event.revision,
      updatedAt: event.metadata.recordedAt,
    };
  }
  if (known.type === 'ContractStarted' && document) {
    return { ...document, status: 'Started', startedOn: known.data.date, revision: event.revision, updatedAt: event.metadata.recordedAt };
  }
  return document;
}

/** The commitment id of a `commitment-<id>` stream. */
export const commitmentIdOf = (streamId: string): string => idInStream(COMMITMENT_STREAM_CATEGORY, streamId);

/**
 * Folds one event of a commitment stream into the contract's entry for that commitment. The entry is made
 * by `CommitmentEstablished`, which names the contract; it is the mapping from commitment to contract that
 * later commitment events, which do not name it, are found by. Idempotent by the commitment's revision.
 * Slot events return the entry unchanged (the contract lists no slots), so they cost the projector no write.
 */
export function projectContractCommitment(
  entry: ContractCommitment | undefined,
  event: ProjectedEvent,
): ContractCommitment | undefined {
  if (entry && event.revision <= entry.revision) return entry;
  const known = event as unknown as CommitmentEvent;
  if (known.type === 'CommitmentEstablished') {
    if (entry) return entry;
    const { contractId, criterion } = known.data;
    return {
      id: commitmentIdOf(event.streamId),
      contractId,
      criterionId: criterion.criterionId,
      placementType: criterion.placementType ?? null,
      unitsRequired: criterion.unitsRequired ?? null,
      status: 'Established',
      revision: event.revision,
    };
  }
  if (!entry) return undefined;
  if (known.type === 'CommitmentActivated') return { ...entry, status: 'Active', revision: event.revision };
  return entry;
}
