import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EventMetadata, JsonObject } from './event-store.port';

/** The `prevHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashableEvent {
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  readonly data: JsonObject;
  readonly metadata: Omit<EventMetadata, 'hash'> | EventMetadata;
}

/**
 * SHA-256 (hex) over the RFC 8785 (JCS) serialisation of `{streamId, revision, type, data, metadata
 * without hash}` (architecture §4). The input is first reduced to what JSON keeps (undefined fields
 * vanish), so the hash computed before storing equals the one recomputed from what was stored.
 */
export function computeEventHash(event: HashableEvent): string {
  const { hash: _hash, ...metadata } = event.metadata as EventMetadata;
  const content = { streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata };
  const canonical = canonicalize(JSON.parse(JSON.stringify(content)));
  if (canonical === undefined) throw new Error(`Event ${event.streamId}@${event.revision} cannot be serialised`);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type IntegrityProblem = 'modified' | 'broken-chain';

/** Checks one stream's events in revision order; returns the first problem found, or undefined. */
export function findIntegrityProblem(
  events: readonly HashableEvent[],
): { revision: number; problem: IntegrityProblem } | undefined {
  let prevHash = GENESIS_HASH;
  for (const event of events) {
    const stored = event.metadata as EventMetadata;
    if (computeEventHash(event) !== stored.hash) return { revision: event.revision, problem: 'modified' };
    if (stored.prevHash !== prevHash) return { revision: event.revision, problem: 'broken-chain' };
    prevHash = stored.hash;
  }
  return undefined;
}
