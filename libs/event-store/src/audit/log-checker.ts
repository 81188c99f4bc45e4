import type { KeyObject } from 'node:crypto';
import type { RecordedEvent } from '../event-store.port';
import { storedEventHash } from './stored-event-hash';
import { verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint-signing';
import { logLeafHash } from './log-leaf';
import { MerkleAccumulator } from './merkle';
import { SealedMismatch } from './sealed-mismatch';
import { StreamChains } from './stream-chains';
import { Findings, type Finding, type VerifyReport } from './verify-report';

export interface LogCheckerOptions {
  readonly checkpoints: readonly SignedCheckpoint[];
  /** The keys whose signatures are trusted; a checkpoint signed by no other passes. */
  readonly publicKeys: readonly KeyObject[];
  /** Reading starts after this position, from the tree of positions 1..after (a partial export). */
  readonly start?: { readonly after: number; readonly frontier: readonly Buffer[] };
}

/**
 * Verifies the global log as it streams past, in constant memory but for one entry per stream: positions
 * contiguous, every event's hash recomputed, every stream's chain, every checkpoint's signature and root.
 * Feed the sealed hashes of a range (`sealed`) before its events (`event`), then call `finish`.
 */
export class LogChecker {
  private readonly findings = new Findings();
  private readonly chains: StreamChains;
  private readonly eventTree: MerkleAccumulator;
  private readonly sealedTree: MerkleAccumulator;
  private readonly sealedHashes = new Map<number, { hash: string; leaf?: Buffer }>();
  private readonly sealedRoots = new Map<number, Buffer>();
  private readonly pending: SignedCheckpoint[];
  private readonly sizes: Set<number>;
  private readonly gaps: { from: number; to: number; finding: Finding }[] = [];
  private mismatch: SealedMismatch | undefined;
  private mismatchReported = false;
  private treeBroken = false;
  private sealedBroken = false;
  private expected: number;
  private lastGoodSize: number;
  private checked = 0;
  private checkpointsChecked = 0;

  constructor(private readonly options: LogCheckerOptions) {
    const { after = 0, frontier = [] } = options.start ?? {};
    this.chains = new StreamChains(this.findings, after > 0);
    this.eventTree = MerkleAccumulator.fromFrontier(after, frontier);
    this.sealedTree = MerkleAccumulator.fromFrontier(after, frontier);
    this.pending = [...options.checkpoints].filter((c) => c.treeSize > after).sort((a, b) => a.treeSize - b.treeSize);
    this.sizes = new Set(this.pending.map((c) => c.treeSize));
    this.expected = after + 1;
    this.lastGoodSize = after;
  }

  /** The hash sealed at `position`; sealed positions must come in order, from the start. */
  sealed(position: number, hash: string): void {
    // Sealed leaves with a gap cannot be the ones signed: their roots are left unknown, so they vouch for nothing.
    if (this.sealedBroken || position !== this.sealedTree.size + 1) {
      this.sealedBroken = true;
      return void this.sealedHashes.set(position, { hash });
    }
    const leaf = logLeafHash(position, hash);
    this.sealedHashes.set(position, { hash, leaf });
    this.sealedTree.push(leaf);
    if (this.sizes.has(this.sealedTree.size)) this.sealedRoots.set(this.sealedTree.size, this.sealedTree.root());
  }

  event(event: RecordedEvent): void {
    this.checked++;
    const { position, streamId, revision } = event;
    const { hash } = event.metadata;
    const sealed = this.sealedHashes.get(position);
    this.sealedHashes.delete(position);
    // The leaf of an event as sealed is the sealed leaf: computed once.
    const leaf = () => (sealed?.hash === hash && sealed.leaf ? sealed.leaf : logLeafHash(position, hash));
    if (this.inOrder(position) && !this.treeBroken) this.eventTree.push(leaf());
    if (storedEventHash(event) !== hash) {
      this.findings.report(position, 'modified', `${streamId}@${revision}: its data or metadata no longer hash to its stored hash`);
    }
    this.chains.check(event);
    const sealedThere = sealed?.hash;
    this.mismatch?.observe(position, hash, sealedThere);
    if (sealedThere !== undefined && sealedThere !== hash && !this.mismatch) this.mismatch = new SealedMismatch(position, hash, sealedThere);
    while (this.pending.length > 0 && this.pending[0].treeSize < this.expected) this.settle(this.pending.shift()!);
  }

  /** Something that should have been the next event but cannot be read (a garbled export line). */
  unreadable(detail: string): void {
    this.findings.report(this.expected, 'modified', detail);
  }

  /** `end`: where the log must reach (the head, or the largest checkpoint if that is further). */
  finish(end: number): VerifyReport {
    if (this.expected <= end) {
      this.findings.report(this.expected, 'truncated', `the log ends at position ${this.expected - 1}, but reaches ${end} by its head or checkpoints`);
    }
    for (const checkpoint of this.pending.splice(0)) this.settle(checkpoint);
    const sealedUpTo = Math.max(0, ...this.options.checkpoints.map((c) => c.treeSize));
    return this.findings.toReport(this.checked, this.checkpointsChecked, sealedUpTo);
  }

  /** Whether `position` is the next one; otherwise reports the gap or the repeat (the tree is then broken). */
  private inOrder(position: number): boolean {
    if (position === this.expected) {
      this.expected++;
      return true;
    }
    this.treeBroken = true;
    if (position > this.expected) {
      const missing = position - 1 === this.expected ? `position ${this.expected} is` : `positions ${this.expected}..${position - 1} are`;
      const finding = this.findings.report(this.expected, 'deleted', `${missing} missing`);
      this.gaps.push({ from: this.expected, to: position - 1, finding });
      this.expected = position + 1;
      return false;
    }
    const gap = this.gaps.find((g) => g.from <= position && position <= g.to);
    if (!gap) {
      this.findings.report(position, 'inserted', `position ${position} appears a second time`);
    } else if (position === gap.from) {
      // The first missing event was not deleted after all, only moved further down.
      gap.finding.kind = 'reordered';
      gap.finding.detail = `the event of position ${position} comes after position ${this.expected - 1}`;
    }
    return false;
  }

  private settle(checkpoint: SignedCheckpoint): void {
    this.checkpointsChecked++;
    const { id, treeSize } = checkpoint;
    const signed = this.options.publicKeys.some((key) => verifyCheckpointSignature(checkpoint, key));
    if (!signed) this.findings.report(treeSize, 'signature', `checkpoint ${id} (tree size ${treeSize}) is not signed by the trusted key`);
    const root = Buffer.from(checkpoint.root, 'hex');
    const eventsMatch = !this.treeBroken && this.eventTree.size === treeSize && this.eventTree.root().equals(root);
    // Sealed hashes are vouched for only by a root that is both signed and theirs.
    const sealedMatch = signed && (this.sealedRoots.get(treeSize)?.equals(root) ?? false);
    const mismatch = !this.mismatchReported && this.mismatch && this.mismatch.position <= treeSize ? this.mismatch : undefined;
    if (mismatch) this.mismatchReported = true;
    if (eventsMatch) {
      if (mismatch) {
        this.findings.report(mismatch.position, 'checkpoint', `the sealed hash of position ${mismatch.position} was altered; the log itself hashes to checkpoint ${id}`);
      }
      if (signed) this.lastGoodSize = treeSize;
    } else if (mismatch && sealedMatch) {
      const { kind, detail } = mismatch.describe();
      mismatch.attach(this.findings.report(mismatch.position, kind, detail));
    } else if (!this.findings.hasAtOrBefore(treeSize)) {
      const from = this.lastGoodSize + 1;
      this.findings.report(from, 'checkpoint', `the log does not hash to the root of checkpoint ${id}, nor do its sealed leaves: the change lies in positions ${from}..${treeSize}`);
    }
  }
}
