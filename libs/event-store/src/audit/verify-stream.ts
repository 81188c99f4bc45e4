import type { RecordedEvent } from '../event-store.port';
import { GENESIS_HASH } from '../integrity';
import { storedEventHash } from './stored-event-hash';
import { Findings, type VerifyReport } from './verify-report';

/**
 * Checks one stream, read in revision order: revisions 0, 1, 2 … without a gap, global positions rising
 * with them, every hash recomputed, every `prevHash` chained, and each event's hash equal to the one
 * sealed at its position (when sealed). A stream re-hashed after an edit passes the first checks and fails
 * the last; whether the sealed hashes themselves are authentic only the whole-log verification can tell
 * (they must hash to the signed roots), so a mismatch names both possibilities.
 */
export function checkStream(events: readonly RecordedEvent[], sealed: ReadonlyMap<number, string>, sealedUpTo = 0): VerifyReport {
  const findings = new Findings();
  let previous: RecordedEvent | undefined;
  for (const [index, event] of events.entries()) {
    const { streamId, revision, position } = event;
    const { hash, prevHash } = event.metadata;
    if (revision !== index) {
      findings.report(position, 'deleted', `${streamId}@${revision} follows revision ${index - 1}: revision ${index} is missing`);
    }
    if (previous && position <= previous.position) {
      findings.report(position, 'reordered', `${streamId}@${revision} stands at position ${position}, before revision ${previous.revision} at ${previous.position}`);
    }
    if (storedEventHash(event) !== hash) {
      findings.report(position, 'modified', `${streamId}@${revision}: its data or metadata no longer hash to its stored hash`);
    }
    if (prevHash !== (previous?.metadata.hash ?? GENESIS_HASH) && revision === index) {
      findings.report(position, 'modified', `the prevHash of ${streamId}@${revision} is not the hash of the revision before it`);
    }
    const sealedHash = sealed.get(position);
    if (sealedHash !== undefined && sealedHash !== hash) {
      findings.report(position, 'modified', `${streamId}@${revision} is not the event sealed at position ${position}: re-hashed or moved since, or the sealed hash altered`);
    }
    previous = event;
  }
  return findings.toReport(events.length, 0, sealedUpTo);
}
