import type { RecordedEvent } from '../event-store.port';
import { GENESIS_HASH } from '../integrity';
import type { Finding, Findings } from './verify-report';

interface StreamHead {
  readonly revision: number;
  readonly hash: string;
  readonly position: number;
}

/**
 * The hash chain of every stream, checked as the global log passes in position order: each stream's
 * revisions must follow one another from 0, each `prevHash` must be the hash of the revision before.
 * Memory grows with the number of streams, not of events.
 */
export class StreamChains {
  private readonly heads = new Map<string, StreamHead>();
  /** Per stream, the first revision found missing; it becomes `reordered` if it turns up later. */
  private readonly missing = new Map<string, { revision: number; finding: Finding }>();

  /** `partial`: the log is read from a later position, so a stream may begin after revision 0. */
  constructor(
    private readonly findings: Findings,
    private readonly partial = false,
  ) {}

  check(event: RecordedEvent): void {
    const { streamId, revision, position } = event;
    const { hash, prevHash } = event.metadata;
    const head = this.heads.get(streamId);
    const next = { revision, hash, position };
    if (!head && this.partial) return void this.heads.set(streamId, next);
    const expected = head ? head.revision + 1 : 0;
    if (revision === expected) {
      if (prevHash !== (head?.hash ?? GENESIS_HASH)) {
        const before = head ? `the hash of revision ${head.revision} at position ${head.position}` : 'the genesis hash';
        this.findings.report(position, 'modified', `the prevHash of ${streamId}@${revision} is not ${before}`);
      }
      this.heads.set(streamId, next);
    } else if (revision > expected) {
      const finding = this.findings.report(position, 'deleted', `${streamId}@${revision} follows revision ${expected - 1}: revision ${expected} is missing`);
      if (!this.missing.has(streamId)) this.missing.set(streamId, { revision: expected, finding });
      this.heads.set(streamId, next);
    } else {
      const gap = this.missing.get(streamId);
      if (gap?.revision === revision) {
        this.missing.delete(streamId);
        gap.finding.kind = 'reordered';
        gap.finding.detail = `${streamId}@${revision} stands at position ${position}, after later revisions of its stream (from position ${gap.finding.position})`;
        this.findings.report(position, 'reordered', gap.finding.detail);
      } else {
        this.findings.report(position, 'inserted', `${streamId}@${revision} appears at position ${position}, after revision ${head?.revision} of its stream`);
      }
    }
  }
}
