import { nodeHash, splitPoint, treeHash } from './merkle';

/** A range of leaves [from, to), 0-based. */
export type LeafRange = readonly [from: number, to: number];

/**
 * RFC 9162 §2.1.4.1: which subtrees' hashes prove that the tree of the first `m` of `n` leaves is a prefix
 * of the whole, in proof order. They are disjoint, so a log can be streamed once to hash them all.
 */
export function consistencyProofRanges(m: number, n: number): LeafRange[] {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 0 || m > n) throw new RangeError(`no consistency proof from size ${m} to ${n}`);
  return m === 0 || m === n ? [] : subproof(m, 0, n, true);
}

function subproof(m: number, from: number, to: number, complete: boolean): LeafRange[] {
  const n = to - from;
  if (m === n) return complete ? [] : [[from, to]];
  const k = splitPoint(n);
  if (m <= k) return [...subproof(m, from, from + k, complete), [from + k, to]];
  return [...subproof(m - k, from + k, to, false), [from, from + k]];
}

/** The consistency proof from size `m` to the tree of all of `leafHashes`, from the leaves in memory. */
export function consistencyProof(leafHashes: readonly Buffer[], m: number): Buffer[] {
  return consistencyProofRanges(m, leafHashes.length).map(([from, to]) => treeHash(leafHashes, from, to));
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows that the tree of size `first` with root `firstRoot` is a prefix of
 * the tree of size `second` with root `secondRoot`. Equal sizes need an empty proof and equal roots; size
 * 0 is a prefix of everything. Any other proof element, missing or extra, makes it fail.
 */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (!Number.isInteger(first) || !Number.isInteger(second) || first < 0 || first > second) return false;
  if (first === 0) return proof.length === 0;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  // BigInt: the bit operations of the RFC must not wrap at 2^31 as JavaScript's number operators do.
  let fn = BigInt(first - 1);
  let sn = BigInt(second - 1);
  while ((fn & 1n) === 1n) {
    fn >>= 1n;
    sn >>= 1n;
  }
  let fr = path[0];
  let sr = path[0];
  for (const c of path.slice(1)) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0n;
}

function isPowerOfTwo(n: number): boolean {
  const big = BigInt(n);
  return big > 0n && (big & (big - 1n)) === 0n;
}
