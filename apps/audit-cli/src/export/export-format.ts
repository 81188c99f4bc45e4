import type { RecordedEvent, SignedCheckpoint } from '@kravspar/event-store';

/**
 * An export is JSON lines (UTF-8, one object a line), each with a `kind`:
 * - `header` first: the format, when and from which position it was exported, the log head, and the id
 *   of the key that signs the checkpoints (the auditor brings that key's public key);
 * - `checkpoint`: each checkpoint sealing beyond `since` (id, treeSize, root, signedAt, keyId, signature);
 * - `frontier` (only when `since` > 0): the roots of the complete subtrees of the tree of positions
 *   1..since, from which the tree of the exported events continues;
 * - then, range by range, a `sealed` line (the hashes sealed at consecutive positions from `from`)
 *   followed by that range's `event` lines (position, streamId, revision, type, data, metadata with
 *   prevHash and hash), in position order.
 * Everything a verifier needs is in the file and the public key; see docs/architecture.md §4.
 */
export const EXPORT_FORMAT = 'kravspar-audit-export/1';

export interface ExportHeader {
  readonly kind: 'header';
  readonly format: typeof EXPORT_FORMAT;
  readonly exportedAt: string;
  readonly since: number;
  readonly head: number;
  readonly keyId: string;
}

export type ExportLine =
  | ExportHeader
  | ({ readonly kind: 'checkpoint' } & SignedCheckpoint)
  | { readonly kind: 'frontier'; readonly treeSize: number; readonly hashes: readonly string[] }
  | { readonly kind: 'sealed'; readonly from: number; readonly hashes: readonly string[] }
  | ({ readonly kind: 'event' } & RecordedEvent);
