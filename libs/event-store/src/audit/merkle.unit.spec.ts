import fc from 'fast-check';
import { consistencyProof, verifyConsistency } from './consistency-proof';
import { EMPTY_TREE_HASH, leafHash, MerkleAccumulator, treeHash } from './merkle';

// The reference inputs and outputs of RFC 6962 (kept by RFC 9162), as published with Certificate
// Transparency's reference implementation and reused by every compatible one.
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f']
  .map((hex) => leafHash(Buffer.from(hex, 'hex')));
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const CONSISTENCY: Array<[number, number, string[]]> = [
  [1, 8, ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7', '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4']],
  [6, 8, ['0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a', 'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0', 'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']],
  [2, 5, ['5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e', 'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b']],
];
const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));
const root = (n: number) => Buffer.from(ROOTS[n], 'hex');
const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

describe('RFC 9162 Merkle tree', () => {
  it('hashes the reference trees of 0 to 8 leaves, recursively and streamed', () => {
    expect(EMPTY_TREE_HASH.toString('hex')).toBe(ROOTS[0]);
    for (let n = 0; n <= 8; n++) {
      const streamed = new MerkleAccumulator();
      LEAVES.slice(0, n).forEach((leaf) => streamed.push(leaf));
      expect([treeHash(LEAVES.slice(0, n)).toString('hex'), streamed.root().toString('hex')]).toEqual([ROOTS[n], ROOTS[n]]);
    }
  });

  it('produces and accepts the reference consistency proofs', () => {
    for (const [m, n, proof] of CONSISTENCY) {
      expect(hex(consistencyProof(LEAVES.slice(0, n), m))).toEqual(proof);
      expect(verifyConsistency(m, n, root(m), root(n), proof.map((h) => Buffer.from(h, 'hex')))).toBe(true);
    }
  });

  it('rejects the reference proofs altered: a flipped bit, a hash missing or added, other sizes or roots', () => {
    for (const [m, n, proof] of CONSISTENCY) {
      const hashes = proof.map((h) => Buffer.from(h, 'hex'));
      const flipped = hashes.map((h, i) => (i === 0 ? Buffer.from(h.map((b, j) => (j === 5 ? b ^ 1 : b))) : h));
      expect(verifyConsistency(m, n, root(m), root(n), flipped)).toBe(false);
      expect(verifyConsistency(m, n, root(m), root(n), hashes.slice(1))).toBe(false);
      expect(verifyConsistency(m, n, root(m), root(n), [...hashes, hashes[0]])).toBe(false);
      expect(verifyConsistency(m, n, root(m), root(n), [Buffer.alloc(32), ...hashes])).toBe(false);
      expect(verifyConsistency(m, n - 1, root(m), root(n - 1), hashes)).toBe(false);
      expect(verifyConsistency(m, n, root(m), root(n - 1), hashes)).toBe(false);
      expect(verifyConsistency(m, n, root(n), root(n), hashes)).toBe(false);
    }
    expect(verifyConsistency(3, 3, root(3), root(3), [])).toBe(true);
    expect(verifyConsistency(3, 3, root(3), root(4), [])).toBe(false);
    expect(verifyConsistency(4, 3, root(4), root(3), [])).toBe(false);
  });

  it('proves every prefix consistent with every larger tree, and nothing once a leaf of the prefix changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), (n, a, b) => {
        const all = leaves(n);
        const m = 1 + (a % n);
        const proof = consistencyProof(all, m);
        expect(verifyConsistency(m, n, treeHash(all.slice(0, m)), treeHash(all), proof)).toBe(true);
        const rewritten = [...all];
        rewritten[b % m] = leafHash(Buffer.from('rewritten'));
        const forged = consistencyProof(rewritten, m);
        expect(verifyConsistency(m, n, treeHash(all.slice(0, m)), treeHash(rewritten), forged)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('continues a tree from its frontier as if it had never stopped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (first, more) => {
        const all = leaves(first + more);
        const before = new MerkleAccumulator();
        all.slice(0, first).forEach((leaf) => before.push(leaf));
        const continued = MerkleAccumulator.fromFrontier(first, before.frontier());
        all.slice(first).forEach((leaf) => continued.push(leaf));
        expect(continued.root().equals(treeHash(all))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
