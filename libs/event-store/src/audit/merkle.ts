import { hash } from 'node:crypto';

// The Merkle Tree Hash of RFC 9162 §2.1.1 (unchanged from RFC 6962): SHA-256, a 0x00 prefix for leaves
// and 0x01 for interior nodes, so that a leaf can never be passed off as a node (second preimages).
// crypto.hash (one-shot) rather than createHash: verification hashes millions of these small inputs.

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_TREE_HASH: Buffer = sha256(Buffer.alloc(0));

export function sha256(input: Uint8Array): Buffer {
  return hash('sha256', input, 'buffer');
}

export function leafHash(leaf: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(1 + leaf.length);
  input[0] = 0x00;
  input.set(leaf, 1);
  return sha256(input);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  const input = Buffer.allocUnsafe(1 + left.length + right.length);
  input[0] = 0x01;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return sha256(input);
}

/** The largest power of two smaller than `n` (n > 1): where RFC 9162 splits a tree of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH over `leafHashes[from, to)`, by the RFC's recursion; for proofs and tests. */
export function treeHash(leafHashes: readonly Buffer[], from = 0, to = leafHashes.length): Buffer {
  const n = to - from;
  if (n === 0) return EMPTY_TREE_HASH;
  if (n === 1) return leafHashes[from];
  const k = splitPoint(n);
  return nodeHash(treeHash(leafHashes, from, from + k), treeHash(leafHashes, from + k, to));
}

/**
 * The tree built one leaf at a time, keeping only the roots of its complete subtrees (at most one per bit
 * of the size, left to right, largest first): the log can be streamed in constant memory, and the root of
 * every prefix is available as it passes. Because each of those subtrees is aligned on a multiple of its
 * size, it is a node of every larger tree, so `fromFrontier` can continue from a stored checkpoint.
 */
export class MerkleAccumulator {
  private readonly sizes: number[] = [];
  private readonly hashes: Buffer[] = [];
  private count = 0;

  static fromFrontier(size: number, frontier: readonly Buffer[]): MerkleAccumulator {
    const sizes = subtreeSizes(size);
    if (sizes.length !== frontier.length) {
      throw new Error(`a frontier of size ${size} has ${sizes.length} subtree hashes, not ${frontier.length}`);
    }
    const accumulator = new MerkleAccumulator();
    accumulator.sizes.push(...sizes);
    accumulator.hashes.push(...frontier);
    accumulator.count = size;
    return accumulator;
  }

  get size(): number {
    return this.count;
  }

  push(hash: Buffer): void {
    this.sizes.push(1);
    this.hashes.push(hash);
    this.count++;
    let top = this.sizes.length - 1;
    while (top > 0 && this.sizes[top] === this.sizes[top - 1]) {
      this.hashes[top - 1] = nodeHash(this.hashes[top - 1], this.hashes[top]);
      this.sizes[top - 1] *= 2;
      this.sizes.pop();
      this.hashes.pop();
      top--;
    }
  }

  /** MTH of the leaves pushed so far: the subtrees folded from the right, as the RFC's split does. */
  root(): Buffer {
    if (this.hashes.length === 0) return EMPTY_TREE_HASH;
    let root = this.hashes[this.hashes.length - 1];
    for (let i = this.hashes.length - 2; i >= 0; i--) root = nodeHash(this.hashes[i], root);
    return root;
  }

  frontier(): Buffer[] {
    return [...this.hashes];
  }
}

/** The sizes of the complete subtrees of a tree of `size` leaves: its set bits, largest first. */
function subtreeSizes(size: number): number[] {
  const sizes: number[] = [];
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) sizes.push(bit);
  }
  return size === 0 ? [] : sizes;
}
