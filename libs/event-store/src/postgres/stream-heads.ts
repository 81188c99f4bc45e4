/** The last revision and hash this process has seen of a stream. */
export interface StreamHead {
  readonly revision: number;
  readonly hash: string;
}

const DEFAULT_CAPACITY = 10_000;

/**
 * The hash of each stream's last event as this process last saw it (read or appended), so that an append
 * at the next revision can seal its events without reading the stream again. A stored event never changes,
 * so a remembered (revision, hash) stays true for that revision; whether it is still the stream's last is
 * left to the `(stream_id, revision)` key of the insert. Bounded: the oldest streams are forgotten first.
 */
export class StreamHeads {
  private readonly heads = new Map<string, StreamHead>();

  constructor(private readonly capacity = DEFAULT_CAPACITY) {}

  /** The hash at `revision` of the stream, if that is the revision remembered. */
  hashAt(streamId: string, revision: number): string | undefined {
    const head = this.heads.get(streamId);
    return head?.revision === revision ? head.hash : undefined;
  }

  remember(streamId: string, head: StreamHead): void {
    const known = this.heads.get(streamId);
    if (known && known.revision > head.revision) return;
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > this.capacity) this.heads.delete(this.heads.keys().next().value!);
  }
}
