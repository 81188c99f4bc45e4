import type { CommitmentEvent } from '@kravspar/domain';
import { commitmentIdOf } from '../contract';
import type { ProjectedEvent } from '../projected-event';

/** The buyer unit and year of signing a commitment's outcomes are counted under (from `CommitmentEstablished`). */
export interface OutcomeCommitment {
  readonly commitmentId: string;
  readonly buyerUnitId: string;
  readonly year: number;
}

export type PlacementEnding = 'completed' | 'interrupted';

/**
 * One ended placement: its outcome or interruption code and, for a completion, the months served. Keyed by
 * the commitment stream's revision, so a redelivered event writes the same row. It names no referral: the
 * statistics need none, and a row that named one would tie a person to an outcome outside the matching unit.
 */
export interface PlacementOutcomeRow {
  readonly commitmentId: string;
  readonly revision: number;
  readonly buyerUnitId: string;
  readonly year: number;
  readonly ending: PlacementEnding;
  readonly code: string;
  readonly monthsServed: number | null;
}

const asCommitmentEvent = (event: ProjectedEvent) => event as unknown as CommitmentEvent;

/** The unit and year a `CommitmentEstablished` sets for its commitment; undefined for any other event. */
export function outcomeCommitmentOf(event: ProjectedEvent): OutcomeCommitment | undefined {
  const known = asCommitmentEvent(event);
  if (known.type !== 'CommitmentEstablished') return undefined;
  const { buyerUnitId, signedOn } = known.data;
  return { commitmentId: commitmentIdOf(event.streamId), buyerUnitId, year: Number(signedOn.slice(0, 4)) };
}

/**
 * The row a `PlacementCompleted` or `PlacementInterrupted` adds, counted under its commitment's unit and
 * year; undefined for any other event, and for a placement of a commitment not seen established.
 */
export function placementOutcomeOf(commitment: OutcomeCommitment | undefined, event: ProjectedEvent): PlacementOutcomeRow | undefined {
  if (commitment === undefined) return undefined;
  const known = asCommitmentEvent(event);
  const counted = { commitmentId: commitment.commitmentId, revision: event.revision, buyerUnitId: commitment.buyerUnitId, year: commitment.year };
  if (known.type === 'PlacementCompleted') {
    return { ...counted, ending: 'completed', code: known.data.outcomeCode, monthsServed: known.data.monthsServed };
  }
  if (known.type === 'PlacementInterrupted') return { ...counted, ending: 'interrupted', code: known.data.reasonCode, monthsServed: null };
  return undefined;
}
