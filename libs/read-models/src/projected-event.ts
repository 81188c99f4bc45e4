import type { Actor, Instant } from '@kravspar/domain';

/**
 * An event as a projection sees it: the stored event with its position and recorded time. It repeats the
 * fields of the event store's `RecordedEvent` that projections read, because read models may not depend on
 * the event store; a `RecordedEvent` is assignable to it as it stands.
 */
export interface ProjectedEvent {
  readonly streamId: string;
  /** 0-based revision in its stream: the version of the read model this event leads to. */
  readonly revision: number;
  /** 1-based position in the global log. */
  readonly position: number;
  readonly type: string;
  /** Plain JSON as stored; a projection narrows it by `type`. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: {
    /** Business time of the act. */
    readonly occurredAt: Instant;
    /** Server time when the event was stored. */
    readonly recordedAt: Instant;
    readonly actor: Actor;
    readonly ruleRefs?: readonly string[];
  };
}
