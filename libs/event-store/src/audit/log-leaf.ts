import { sha256 } from './merkle';

/**
 * The leaf of the global log's Merkle tree for the event at `position`: 40 bytes, the position as an
 * unsigned 64-bit big-endian integer followed by the 32 bytes of the event's `hash` (hex-decoded), then
 * hashed as an RFC 9162 leaf: SHA-256(0x00 ‖ uint64be(position) ‖ hash).
 *
 * The event hash already covers the stream id, revision, type, data and metadata (prevHash included), so
 * the leaf needs only what the hash leaves out: where in the global log the event stands. Binding the
 * position makes a leaf valid at one place only — two events swapped, or one inserted or removed with the
 * later positions renumbered, change the leaves from there on and so the root. Leaf i (0-based) is the
 * event at position i + 1, as PostgreSQL positions are contiguous from 1.
 */
export function logLeafHash(position: number, eventHash: string): Buffer {
  // The 0x00 leaf prefix and the 40 bytes in one buffer, hashed once: this runs for every event verified.
  const input = Buffer.alloc(41);
  input.writeBigUInt64BE(BigInt(position), 1);
  // A malformed stored hash (not 64 hex digits) still yields a leaf, just one that matches nothing sealed.
  input.write(eventHash.slice(0, 64), 9, 'hex');
  return sha256(input);
}
