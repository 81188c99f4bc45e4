import type { KeyObject } from 'node:crypto';
import { verifyCheckpointSignature, type SignedCheckpoint } from './checkpoint-signing';
import { findCheckpoint, type Queryable } from './checkpoint-store';
import { consistencyProofRanges, verifyConsistency } from './consistency-proof';
import { logLeafHash } from './log-leaf';
import { MerkleAccumulator } from './merkle';

/** Two checkpoints and the proof (hex hashes) that the first's tree is a prefix of the second's. */
export interface ConsistencyClaim {
  readonly from: SignedCheckpoint;
  readonly to: SignedCheckpoint;
  readonly proof: readonly string[];
}

export interface ConsistencyCheck extends ConsistencyClaim {
  readonly ok: boolean;
  readonly problem?: string;
}

/**
 * Produces the RFC 9162 consistency proof between checkpoints `fromId` and `toId` from the event log as it
 * stands, streaming the leaves of positions 1..to.treeSize once, and checks it. It verifies only if the
 * log still hashes to the second root and that tree extends the first: a log rewritten between the two
 * (and re-sealed) fails.
 */
export async function proveConsistency(
  db: Queryable,
  fromId: number,
  toId: number,
  publicKeys: readonly KeyObject[],
  batchSize = 20_000,
): Promise<ConsistencyCheck> {
  const [from, to] = await Promise.all([findCheckpoint(db, fromId), findCheckpoint(db, toId)]);
  if (!from || !to) throw new RangeError(`no checkpoint ${from ? toId : fromId}`);
  if (from.treeSize > to.treeSize) throw new RangeError(`checkpoint ${fromId} seals more than checkpoint ${toId}: give the older one first`);
  const ranges = consistencyProofRanges(from.treeSize, to.treeSize);
  const order = ranges.map((range, index) => ({ range, tree: new MerkleAccumulator(), index })).sort((a, b) => a.range[0] - b.range[0]);
  let current = 0;
  for (let after = 0; after < to.treeSize; after += batchSize) {
    const { rows } = await db.query<{ position: number; hash: string }>(
      'SELECT position, hash FROM events WHERE position > $1 AND position <= $2 ORDER BY position',
      [after, Math.min(after + batchSize, to.treeSize)],
    );
    for (const row of rows) {
      const leaf = Number(row.position) - 1;
      while (current < order.length && order[current].range[1] <= leaf) current++;
      const target = order[current];
      if (target && target.range[0] <= leaf) target.tree.push(logLeafHash(leaf + 1, row.hash));
    }
  }
  const proof = order.sort((a, b) => a.index - b.index).map(({ tree }) => tree.root().toString('hex'));
  return checkConsistency({ from: signedFields(from), to: signedFields(to), proof }, publicKeys);
}

/** Checks a claim offline: both checkpoints signed by a trusted key, and the proof valid between their roots. */
export function checkConsistency(claim: ConsistencyClaim, publicKeys: readonly KeyObject[]): ConsistencyCheck {
  const { from, to, proof } = claim;
  const unsigned = [from, to].find((checkpoint) => !publicKeys.some((key) => verifyCheckpointSignature(checkpoint, key)));
  if (unsigned) return { ...claim, ok: false, problem: `checkpoint ${unsigned.id} is not signed by the trusted key` };
  const hashes = proof.map((hash) => Buffer.from(hash, 'hex'));
  const ok = verifyConsistency(from.treeSize, to.treeSize, Buffer.from(from.root, 'hex'), Buffer.from(to.root, 'hex'), hashes);
  if (ok) return { ...claim, ok };
  return {
    ...claim,
    ok,
    problem: `the log does not show checkpoint ${from.id} (tree size ${from.treeSize}) as a prefix of checkpoint ${to.id} (tree size ${to.treeSize}): it was rewritten between them, or since`,
  };
}

function signedFields({ id, treeSize, root, signedAt, keyId, signature }: SignedCheckpoint): SignedCheckpoint {
  return { id, treeSize, root, signedAt, keyId, signature };
}
