import type { PoolClient } from 'pg';
import type { EventFilter, RecordedEvent } from '@kravspar/event-store';

/**
 * One read model kept up to date from the global log. `apply` writes through the client it is given, inside
 * the transaction that also advances the projection's checkpoint; it must not commit, and it should be
 * idempotent (the checkpoint lock already prevents repeats, the read model guards against them as well).
 */
export interface Projection {
  /** Versioned, e.g. `procurements.v2`: the checkpoint's key, and the `projection` label of its metrics. */
  readonly name: string;
  readonly filter: EventFilter;
  apply(client: PoolClient, event: RecordedEvent): Promise<void>;
}

/**
 * A projection that keeps read-model tables (a workflow keeps none). `tables` are the tables it alone
 * writes, named with their version; a rebuild builds them anew and swaps them in together.
 */
export interface ReadModelProjection extends Projection {
  readonly tables: readonly string[];
}

/** Injection token of the projections the runner keeps up to date. */
export const PROJECTIONS = Symbol('Projections');
