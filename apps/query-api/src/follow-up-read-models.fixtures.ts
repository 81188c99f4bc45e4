import type { Pool } from 'pg';
import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY, type DomainEvent } from '@kravspar/domain';
import {
  idInStream,
  projectCommitment,
  projectContract,
  projectContractCommitment,
  projectReferral,
  referralIdFor,
  type CommitmentDocument,
  type ContractCommitment,
  type ContractDocument,
  type ProjectedEvent,
  type ReferralDocument,
} from '@kravspar/read-models';
import {
  findCommitment,
  findContract,
  findReferral,
  saveCommitment,
  saveContract,
  saveContractCommitment,
  saveReferral,
} from '@kravspar/read-store';
import { owner } from '../../../libs/read-models/src/follow-up-events.fixtures';

// Test data for query-api: follow-up read-model rows written the way the projector writes them, from the
// read models' follow-up fixture events.

let nextPosition = 1;
const revisions = new Map<string, number>();
const entries = new Map<string, ContractCommitment>();

/** Projects the events, each at its stream's next revision, into the follow-up read-model tables. */
export async function recordFollowUp(pool: Pool, acts: readonly (readonly [string, DomainEvent])[]): Promise<void> {
  for (const [streamId, event] of acts) {
    const revision = (revisions.get(streamId) ?? -1) + 1;
    revisions.set(streamId, revision);
    const recordedAt = new Date(Date.parse(event.metadata.occurredAt) + 60_000).toISOString();
    const stored: ProjectedEvent = {
      streamId, revision, position: nextPosition++, type: event.type, data: event.data as Readonly<Record<string, unknown>>,
      metadata: { ...event.metadata, recordedAt, actor: owner },
    };
    if (streamId.startsWith(`${CONTRACT_STREAM_CATEGORY}-`)) await recordContract(pool, stored);
    if (streamId.startsWith(`${COMMITMENT_STREAM_CATEGORY}-`)) await recordCommitment(pool, stored);
    if (referralIdFor(stored) !== undefined) await recordReferral(pool, stored);
  }
}

async function recordContract(pool: Pool, event: ProjectedEvent): Promise<void> {
  const current = await findContract<ContractDocument, ContractCommitment>(pool, idInStream(CONTRACT_STREAM_CATEGORY, event.streamId));
  const next = projectContract(current?.document, event);
  if (next) await saveContract(pool, { ...next, document: next });
}

async function recordCommitment(pool: Pool, event: ProjectedEvent): Promise<void> {
  const id = idInStream(COMMITMENT_STREAM_CATEGORY, event.streamId);
  const current = await findCommitment<CommitmentDocument>(pool, id);
  const next = projectCommitment(current, event);
  if (!next) return;
  const placementType = next.criterion.placementType ?? null;
  await saveCommitment(pool, { ...next, placementType, document: next });
  const entry = projectContractCommitment(entries.get(id), event);
  if (!entry || entry === entries.get(id)) return;
  entries.set(id, entry);
  await saveContractCommitment(pool, { commitmentId: id, contractId: entry.contractId, revision: entry.revision, establishedPosition: event.position, entry });
}

async function recordReferral(pool: Pool, event: ProjectedEvent): Promise<void> {
  const id = referralIdFor(event)!;
  const next = projectReferral(await findReferral<ReferralDocument>(pool, id), event);
  if (next) await saveReferral(pool, { ...next, document: next });
}
