import { fold, type Decider, type Instant } from '../kernel';
import { COMMITMENT_STREAM_CATEGORY } from '../social-commitment/stream';
import { commitmentDecider } from '../social-commitment/commitment.decider';
import { CONTRACT_STREAM_CATEGORY } from '../contract/stream';
import { contractDecider } from '../contract/contract.decider';
import { PROCUREMENT_STREAM_CATEGORY } from '../procurement/stream';
import { procurementDecider } from '../procurement/procurement.decider';
import { REFERRAL_STREAM_CATEGORY } from '../referral/stream';
import { referralDecider } from '../referral/referral.decider';

/** What folding needs of a stored event: the event itself and the two times an auditor compares. */
export interface FoldableEvent {
  readonly revision: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: { readonly occurredAt: Instant; readonly recordedAt: Instant; readonly ruleRefs?: readonly string[] };
}

/** One event of a time-travel answer: business time (`occurredAt`) beside recorded time. */
export interface StreamStateEvent {
  readonly revision: number;
  readonly type: string;
  readonly occurredAt: Instant;
  readonly recordedAt: Instant;
}

/** A stream folded by its decider: the state the system knew, and the events it knew it from. */
export interface StreamState {
  readonly category: string;
  /** Revision of the last event folded; -1 when none was recorded by then. */
  readonly revision: number;
  readonly state: unknown;
  readonly events: readonly StreamStateEvent[];
}

type AnyDecider = Pick<Decider<unknown, unknown, unknown>, 'evolve' | 'initialState'>;

const DECIDERS: Readonly<Record<string, AnyDecider>> = {
  [PROCUREMENT_STREAM_CATEGORY]: procurementDecider as unknown as AnyDecider,
  [CONTRACT_STREAM_CATEGORY]: contractDecider as unknown as AnyDecider,
  [COMMITMENT_STREAM_CATEGORY]: commitmentDecider as unknown as AnyDecider,
  [REFERRAL_STREAM_CATEGORY]: referralDecider as unknown as AnyDecider,
};

/** The stream's category (`procurement` of `procurement-<id>`), when it is one a decider owns. */
export function streamCategoryOf(streamId: string): string | undefined {
  const category = streamId.slice(0, streamId.indexOf('-'));
  return Object.hasOwn(DECIDERS, category) ? category : undefined;
}

/**
 * Folds a stream's events — already cut at the recorded time asked for, and upcast — with the decider of
 * its category, exactly as the write path folds before deciding: the state as the system knew it then.
 * Undefined for a stream no decider owns.
 */
export function foldStreamState(streamId: string, events: readonly FoldableEvent[]): StreamState | undefined {
  const category = streamCategoryOf(streamId);
  if (category === undefined) return undefined;
  return {
    category,
    revision: events.length === 0 ? -1 : events[events.length - 1].revision,
    state: fold(DECIDERS[category], events),
    events: events.map(({ revision, type, metadata }) => ({ revision, type, occurredAt: metadata.occurredAt, recordedAt: metadata.recordedAt })),
  };
}
