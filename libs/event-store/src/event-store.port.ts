import type { Actor, Instant } from '@kravspar/domain/kernel';

/** JSON as stored: what survives a round trip through JSONB. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** `no-stream` when the stream must not exist yet; otherwise the revision of its last event (0-based). */
export type ExpectedRevision = number | 'no-stream';

/** The metadata a writer supplies with each event; the store adds the recorded time and integrity fields. */
export interface EventMetadataInput {
  readonly eventId: string;
  readonly actor: Actor;
  /** Business time of the act (may be in the past when registered afterwards). */
  readonly occurredAt: Instant;
  readonly correlationId: string;
  readonly causationId: string;
  readonly schemaVersion: number;
  readonly ruleRefs?: readonly string[];
}

/** Metadata as stored (architecture §4). */
export interface EventMetadata extends EventMetadataInput {
  /** Server time when the event was stored, from the Clock port. */
  readonly recordedAt: Instant;
  /** Hash of the previous event in the stream; 64 zeros for revision 0. */
  readonly prevHash: string;
  /** SHA-256 (hex) over the JCS serialisation of `{streamId, revision, type, data, metadata without hash}`. */
  readonly hash: string;
}

export interface EventToAppend {
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadataInput;
}

export interface RecordedEvent {
  readonly streamId: string;
  /** 0-based position of the event in its stream. */
  readonly revision: number;
  /**
   * Position in the global log: positive, increasing in commit order, never repeated, and below 2^53.
   * Only the PostgreSQL adapter guarantees contiguity (1, 2, 3…; the in-memory one, for tests, too);
   * KurrentDB's are offsets in its log, with gaps. Compare positions; never count with them. The
   * contract suite's gap-free check applies to adapters that declare it (`gapFreePositions`).
   */
  readonly position: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: EventMetadata;
}

export interface AppendResult {
  readonly streamId: string;
  /** Revision of the last event appended (or, on an idempotent retry, of the last event stored first time). */
  readonly revision: number;
  /** Global position of that event. */
  readonly position: number;
}

export interface ReadStreamOptions {
  readonly direction?: 'forwards' | 'backwards';
  /** First revision to return (inclusive; in the reading direction). */
  readonly fromRevision?: number;
  /** Read no event with a revision above this one: the stream as it stood at that revision. */
  readonly toRevision?: number;
  /** Read no event recorded after this instant: the stream as the system knew it then. */
  readonly recordedAtOrBefore?: Instant;
  readonly maxCount?: number;
}

/** Which events a global-log reader wants; an empty filter passes everything. */
export interface EventFilter {
  /** Stream id prefixes, e.g. `procurement-` for the category. */
  readonly streamPrefixes?: readonly string[];
  readonly eventTypes?: readonly string[];
}

export interface ReadAllOptions {
  /** Exclusive: return events with a position above this one; 0 reads from the start. */
  readonly after?: number;
  readonly maxCount?: number;
  readonly filter?: EventFilter;
}

export interface SubscribeOptions {
  /** Exclusive start position, typically the subscriber's checkpoint; 0 starts at the beginning. */
  readonly after: number;
  readonly filter?: EventFilter;
  /** Called for each event in global order; the next event waits until the returned promise settles. */
  readonly onEvent: (event: RecordedEvent) => Promise<void>;
  /**
   * Optional, for handlers that gain from batches (a rebuild applies many events per transaction): where the
   * adapter reads the log in batches (PostgreSQL, in-memory), it calls this instead of `onEvent` with the
   * events of one read, in order, and moves its position past them only when the promise settles; a
   * failure retries the whole batch. Other adapters call `onEvent`.
   */
  readonly onEvents?: (events: readonly RecordedEvent[]) => Promise<void>;
  /**
   * Called when `onEvent` (then with its event) or a read throws. The subscription retries from the same
   * event after a back-off, so nothing is skipped; `stop()` ends the retries.
   */
  readonly onError?: (error: unknown, event?: RecordedEvent) => void;
  readonly batchSize?: number;
}

export interface Subscription {
  /** Resolves once every event stored when the subscription started has been handled. */
  readonly caughtUp: Promise<void>;
  /** The position of the last event handled (or skipped by the filter). */
  readonly position: () => number;
  /** Stops after the event in hand; resolves when no handler runs any more. */
  stop(): Promise<void>;
}

/** The event store port: one interface, several adapters, one contract test suite. */
export interface EventStore {
  /**
   * Appends atomically if the stream is at `expected`; re-appending the same event ids stores nothing
   * and answers as the first append did. PostgreSQL and in-memory also refuse ids stored anywhere else
   * (DuplicateEventIdError); KurrentDB refuses them only where the retry would have put them, having no
   * global id index, so the write path derives ids from the stream id to keep them unique.
   */
  append(streamId: string, events: readonly EventToAppend[], expected: ExpectedRevision): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  subscribe(options: SubscribeOptions): Subscription;
  /** The position of the last stored event (0 when empty). */
  headPosition(): Promise<number>;
  close(): Promise<void>;
}
