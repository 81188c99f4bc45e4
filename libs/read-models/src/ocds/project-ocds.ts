import { COMMITMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY, PROCUREMENT_STREAM_CATEGORY, type ProcurementDetails } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';
import { idInStream } from '../stream-id';
import { evolveCommitmentFacts, evolveContractFacts } from './follow-up-facts';
import type { OcdsRelease } from './ocds-release';
import type { OcdsProcess } from './ocds-process';
import { evolveProcurementFacts, type OcdsStep } from './procurement-facts';
import { releaseOf } from './release-of';

/**
 * The procurement an event names by itself: its own stream's, or the one a contract or commitment stream
 * opens with (`ContractRegistered`, `CommitmentEstablished`). Later events of those streams name none: the
 * caller keeps the link from the opening event (`streamLinkOf`).
 */
export function procurementIdNamedBy(event: ProjectedEvent): string | undefined {
  if (event.streamId.startsWith(`${PROCUREMENT_STREAM_CATEGORY}-`)) return idInStream(PROCUREMENT_STREAM_CATEGORY, event.streamId);
  if (event.type === 'ContractRegistered' || event.type === 'CommitmentEstablished') return String(event.data.procurementId);
  return undefined;
}

/** The contract and commitment streams whose events belong to a process (the procurement stream's are its own). */
export function isOcdsStream(streamId: string): boolean {
  return [PROCUREMENT_STREAM_CATEGORY, CONTRACT_STREAM_CATEGORY, COMMITMENT_STREAM_CATEGORY].some((category) => streamId.startsWith(`${category}-`));
}

/** A release as stored: the release, and where and when in the log it was made. */
export interface OcdsReleaseEntry {
  readonly procurementId: string;
  /** Global position of the event that made it: the order of the release list. */
  readonly position: number;
  /** When the event was recorded: what `since` filters on, so an act registered late is still harvested. */
  readonly recordedAt: string;
  readonly release: OcdsRelease;
}

/**
 * One event applied to its process (undefined before `ProcurementInitiated`): the process after it and, for
 * a meaningful event, the release it makes — id `<streamId>-<revision>` (unique in the process, and stable
 * across rebuilds), dated with the act's business time, tagged per domain-research §4.6. Its `ocid` is the
 * bare procurement id until it is published with the publisher's prefix (`releasePackage`), so the stored
 * releases do not change with the prefix. Returns undefined
 * for an event that changes nothing (no process yet, or one already applied).
 */
export function projectOcds(process: OcdsProcess | undefined, event: ProjectedEvent): { process: OcdsProcess; release?: OcdsReleaseEntry } | undefined {
  if (process && event.position <= process.position) return undefined;
  const step = stepOf(process, event);
  if (!step) return undefined;
  const next = { ...step.process, position: event.position };
  if (!step.tags) return { process: next };
  // Named by the stream's category and the log position: unique within the process, and naming no
  // commitment, whose id only its supplier and the buyer may see.
  const release = releaseOf(next, { id: `${event.streamId.split('-')[0]}-${event.position}`, date: event.metadata.occurredAt, tag: step.tags });
  return { process: next, release: { procurementId: next.procurementId, position: event.position, recordedAt: event.metadata.recordedAt, release } };
}

function stepOf(process: OcdsProcess | undefined, event: ProjectedEvent): OcdsStep | undefined {
  if (event.type === 'ProcurementInitiated') return process ? undefined : { process: initiated(event), tags: ['planning'] };
  if (!process) return undefined;
  if (event.streamId.startsWith(`${PROCUREMENT_STREAM_CATEGORY}-`)) return evolveProcurementFacts(process, event);
  if (event.streamId.startsWith(`${CONTRACT_STREAM_CATEGORY}-`)) return evolveContractFacts(process, event);
  if (event.streamId.startsWith(`${COMMITMENT_STREAM_CATEGORY}-`)) return evolveCommitmentFacts(process, event);
  return undefined;
}

function initiated(event: ProjectedEvent): OcdsProcess {
  const { title, buyerUnitId, procedure, regime, estimatedValue, cpv } = event.data as unknown as ProcurementDetails;
  const procurementId = idInStream(PROCUREMENT_STREAM_CATEGORY, event.streamId);
  return {
    procurementId,
    position: event.position,
    title,
    buyerUnitId,
    procedure,
    regime,
    estimatedValue,
    ...(cpv ? { cpv } : {}),
    criteria: [],
    hasEnquiries: false,
    amendments: [],
    cancelled: false,
    sealed: { bids: {} },
    disclosed: false,
    awards: [],
    commitments: {},
  };
}
