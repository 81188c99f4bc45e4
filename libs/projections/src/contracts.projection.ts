import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY } from '@kravspar/domain';
import {
  commitmentIdOf,
  contractIdOf,
  projectContract,
  projectContractCommitment,
  type ContractCommitment,
  type ContractDocument,
} from '@kravspar/read-models';
import {
  loadContractCommitmentForUpdate,
  loadContractForUpdate,
  saveContract,
  saveContractCommitment,
} from '@kravspar/read-store';
import type { RecordedEvent } from '@kravspar/event-store';
import type { PoolClient } from 'pg';
import type { ReadModelProjection } from './projection';

/**
 * The contract detail (`contracts_v1`) and its list of commitments (`contract_commitments_v1`). The
 * commitments come from their own streams, so one checkpoint covers both tables and the list is never
 * behind the contract it belongs to by more than the log itself is.
 */
export const contractsProjection: ReadModelProjection = {
  name: 'contracts.v1',
  tables: ['contracts_v1', 'contract_commitments_v1'],
  filter: { streamPrefixes: [`${CONTRACT_STREAM_CATEGORY}-`, `${COMMITMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    if (event.streamId.startsWith(`${CONTRACT_STREAM_CATEGORY}-`)) await applyToContract(client, event);
    else await applyToCommitmentEntry(client, event);
  },
};

async function applyToContract(client: PoolClient, event: RecordedEvent): Promise<void> {
  const current = await loadContractForUpdate<ContractDocument>(client, contractIdOf(event.streamId));
  const next = projectContract(current, event);
  if (next === undefined || next === current) return;
  const { id, revision, buyerUnitId, supplierId, updatedAt } = next;
  await saveContract(client, { id, revision, buyerUnitId, supplierId, updatedAt, document: next });
}

async function applyToCommitmentEntry(client: PoolClient, event: RecordedEvent): Promise<void> {
  const commitmentId = commitmentIdOf(event.streamId);
  const current = await loadContractCommitmentForUpdate<ContractCommitment>(client, commitmentId);
  const next = projectContractCommitment(current, event);
  if (next === undefined || next === current) return;
  // Only the establishing event inserts the row, so its position is the one the list is ordered by.
  const { contractId, revision } = next;
  await saveContractCommitment(client, { commitmentId, contractId, revision, establishedPosition: event.position, entry: next });
}
