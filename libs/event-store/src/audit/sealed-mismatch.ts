import type { Finding, ProblemKind } from './verify-report';

/**
 * The first position whose event hash differs from the hash sealed there, and what happened to it, told
 * from the events that follow: the sealed event one position later (inserted), the event sealed one
 * later now here (deleted, later positions renumbered), the two exchanged with another position
 * (reordered), or none of these — the event itself was changed and its stream re-hashed (modified).
 */
export class SealedMismatch {
  private kind: ProblemKind = 'modified';
  private movedTo: number | undefined;
  private settled = false;
  private finding: Finding | undefined;

  constructor(
    readonly position: number,
    private readonly current: string,
    private readonly sealed: string,
  ) {}

  /** Looks at a later event (its hash, and the hash sealed at its position, if any). */
  observe(position: number, hash: string, sealedThere: string | undefined): void {
    if (this.settled || position <= this.position) return;
    const next = position === this.position + 1;
    if (hash === this.sealed && sealedThere === this.current) this.settle('reordered', position);
    else if (next && hash === this.sealed) this.settle('inserted', position);
    else if (next && sealedThere === this.current) this.settle('deleted', position);
  }

  /** The finding it was reported as: refined in place if the kind is told later. */
  attach(finding: Finding): void {
    this.finding = finding;
    this.update();
  }

  describe(): { kind: ProblemKind; detail: string } {
    const p = this.position;
    const short = (hash: string) => `${hash.slice(0, 12)}…`;
    switch (this.kind) {
      case 'inserted':
        return { kind: this.kind, detail: `an event was inserted at position ${p}: the event sealed there now stands at ${this.movedTo}` };
      case 'deleted':
        return { kind: this.kind, detail: `the event sealed at position ${p} is gone: the one sealed at ${this.movedTo} now stands there` };
      case 'reordered':
        return { kind: this.kind, detail: `the events sealed at positions ${p} and ${this.movedTo} have changed places` };
      default:
        return {
          kind: 'modified',
          detail: `the event at position ${p} (hash ${short(this.current)}) is not the one sealed there (${short(this.sealed)}): changed, and its stream re-hashed to match`,
        };
    }
  }

  private settle(kind: ProblemKind, at: number): void {
    this.settled = true;
    this.kind = kind;
    this.movedTo = at;
    this.update();
  }

  private update(): void {
    if (!this.finding) return;
    const { kind, detail } = this.describe();
    this.finding.kind = kind;
    this.finding.detail = detail;
  }
}
