/**
 * What is wrong at the first bad position:
 * - `modified`: an event's content no longer hashes to its `hash`, its `prevHash` does not match its
 *   predecessor, or (content and chain consistent, e.g. a stream re-hashed after an edit) it differs from
 *   the event sealed at that position;
 * - `deleted`: a position or a stream revision is missing (also when later positions were renumbered);
 * - `reordered`: an event stands at another position than where it was appended or sealed;
 * - `inserted`: an event that was not there when sealed, or a revision that appears twice;
 * - `truncated`: the log ends before the head or a checkpoint says it does;
 * - `signature`: a checkpoint is not signed by the trusted key;
 * - `checkpoint`: the log does not hash to a signed root and the sealed leaves were altered too (so the
 *   position is only bounded: the first one after the last checkpoint that still verifies), or the
 *   sealed leaves alone were altered.
 */
export type ProblemKind = 'modified' | 'deleted' | 'reordered' | 'inserted' | 'truncated' | 'signature' | 'checkpoint';

export interface Finding {
  readonly position: number;
  kind: ProblemKind;
  detail: string;
}

/** The outcome of a verification (api.md: `{ok, checked, firstBadPosition?, problem?}`, plus detail). */
export interface VerifyReport {
  readonly ok: boolean;
  /** Events read and checked. */
  readonly checked: number;
  readonly checkpointsChecked: number;
  /** The largest tree size a checkpoint seals; events after it are checked but not yet sealed. */
  readonly sealedUpTo: number;
  readonly firstBadPosition?: number;
  readonly problem?: ProblemKind;
  readonly detail?: string;
}

/** Keeps the finding at the lowest position; at equal positions the first one reported. */
export class Findings {
  private earliest: Finding | undefined;

  get first(): Finding | undefined {
    return this.earliest;
  }

  /** Records a finding and returns it, so that its kind can be refined once more of the log is read. */
  report(position: number, kind: ProblemKind, detail: string): Finding {
    const finding: Finding = { position, kind, detail };
    if (!this.earliest || position < this.earliest.position) this.earliest = finding;
    return finding;
  }

  hasAtOrBefore(position: number): boolean {
    return this.earliest !== undefined && this.earliest.position <= position;
  }

  toReport(checked: number, checkpointsChecked: number, sealedUpTo: number): VerifyReport {
    const first = this.earliest;
    if (!first) return { ok: true, checked, checkpointsChecked, sealedUpTo };
    return { ok: false, checked, checkpointsChecked, sealedUpTo, firstBadPosition: first.position, problem: first.kind, detail: first.detail };
  }
}
