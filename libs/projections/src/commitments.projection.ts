import { COMMITMENT_STREAM_CATEGORY } from '@kravspar/domain';
import { commitmentIdOf, projectCommitment, type CommitmentDocument } from '@kravspar/read-models';
import { loadCommitmentForUpdate, saveCommitment } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/**
 * The commitment detail with its slots and funnel (`commitments_v1`). The funnel is also stored as columns
 * with the contract owner and the year of signing, so the placement KPIs are sums over these rows.
 */
export const commitmentsProjection: ReadModelProjection = {
  name: 'commitments.v1',
  tables: ['commitments_v1'],
  filter: { streamPrefixes: [`${COMMITMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const current = await loadCommitmentForUpdate<CommitmentDocument>(client, commitmentIdOf(event.streamId));
    const next = projectCommitment(current, event);
    if (next === undefined || next === current) return;
    const { id, revision, contractId, buyerUnitId, supplierId, year, criterion, funnel, updatedAt } = next;
    const placementType = criterion.placementType ?? null;
    await saveCommitment(client, { id, revision, contractId, buyerUnitId, supplierId, year, placementType, funnel, updatedAt, document: next });
  },
};
