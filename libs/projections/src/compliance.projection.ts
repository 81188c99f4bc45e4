import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY } from '@kravspar/domain';
import {
  commitmentIdOf, contractIdOf, projectCommitmentCompliance, projectContractCompliance,
  type CommitmentComplianceDocument, type ContractComplianceDocument,
} from '@kravspar/read-models';
import {
  loadCommitmentComplianceForUpdate, loadContractComplianceForUpdate, saveCommitmentCompliance, saveContractCompliance,
} from '@kravspar/read-store';
import type { RecordedEvent } from '@kravspar/event-store';
import type { PoolClient } from 'pg';
import type { ReadModelProjection } from './projection';

/**
 * Commitment compliance (`contract_compliance_v1`, `commitment_compliance_v1`): the contract's meetings,
 * deviations and penalties, and each commitment's reports, overdue marks and end. One checkpoint covers
 * both tables, so a contract's view never runs ahead of its commitments by more than the log does.
 */
export const complianceProjection: ReadModelProjection = {
  name: 'compliance.v1',
  tables: ['contract_compliance_v1', 'commitment_compliance_v1'],
  filter: { streamPrefixes: [`${CONTRACT_STREAM_CATEGORY}-`, `${COMMITMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    if (event.streamId.startsWith(`${CONTRACT_STREAM_CATEGORY}-`)) await applyToContract(client, event);
    else await applyToCommitment(client, event);
  },
};

async function applyToContract(client: PoolClient, event: RecordedEvent): Promise<void> {
  const current = await loadContractComplianceForUpdate<ContractComplianceDocument>(client, contractIdOf(event.streamId));
  const next = projectContractCompliance(current, event);
  if (next === undefined || next === current) return;
  const { id, revision, procurementId, buyerUnitId, supplierId, updatedAt } = next;
  await saveContractCompliance(client, { id, revision, procurementId, buyerUnitId, supplierId, meetingsHeld: next.meetings.length, updatedAt, document: next });
}

async function applyToCommitment(client: PoolClient, event: RecordedEvent): Promise<void> {
  const current = await loadCommitmentComplianceForUpdate<CommitmentComplianceDocument>(client, commitmentIdOf(event.streamId));
  const next = projectCommitmentCompliance(current, event);
  if (next === undefined || next === current) return;
  // Only the establishing event inserts the row, so its position is the one the contract lists it by.
  const { id, contractId, revision } = next;
  await saveCommitmentCompliance(client, { id, contractId, revision, establishedPosition: event.position, reportsReceived: next.reports.length, document: next });
}
