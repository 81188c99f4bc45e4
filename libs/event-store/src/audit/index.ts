/**
 * Tamper evidence for the PostgreSQL event log (architecture §4, "Audit checkpoints"): an RFC 9162 Merkle
 * tree over the global log, signed checkpoints sealed into the `checkpoints` table, the verification of
 * the whole log (also of an exported copy, streamed through `LogChecker`) and consistency proofs between
 * two checkpoints.
 */
export { auditMigrations } from './audit.migrations';
/** RFC 9162 hashing: leaves, nodes, the streaming tree, and the leaf of the event at a position. */
export { EMPTY_TREE_HASH, leafHash, MerkleAccumulator, nodeHash, treeHash } from './merkle';
export { logLeafHash } from './log-leaf';
/** RFC 9162 §2.1.4 consistency proofs: produced from leaves or from the log, and checked. */
export { consistencyProof, consistencyProofRanges, verifyConsistency, type LeafRange } from './consistency-proof';
export { checkConsistency, proveConsistency, type ConsistencyCheck, type ConsistencyClaim } from './checkpoint-proof';
/** Ed25519 signing of checkpoints (node:crypto), the signed text, key ids; where the key comes from. */
export {
  CheckpointSigner, checkpointNote, keyIdOf, parsePublicKey, publicKeyPem, verifyCheckpointSignature, type SignedCheckpoint,
} from './checkpoint-signing';
export { DEV_CHECKPOINT_KEY_FILE, parsePrivateKey, resolveCheckpointSigner, type SigningKeySettings } from './signing-key';
/** Reading checkpoints and sealed hashes; sealing a new checkpoint. */
export {
  findCheckpoint, latestCheckpoint, listCheckpoints, publishedCheckpoint, readSealedHashes, readSealedHashesAt,
  type Queryable as AuditQueryable, type StoredCheckpoint,
} from './checkpoint-store';
export { sealCheckpoint, SealRefusedError, type SealOutcome } from './seal-checkpoint';
/** Verification: the whole log from PostgreSQL, any stream of events in order, one stream alone. */
export { frontierAt, readEventRange, readHeadPosition } from './log-reads';
export { verifyLog, type VerifyLogOptions } from './verify-log';
export { LogChecker, type LogCheckerOptions } from './log-checker';
export { checkStream } from './verify-stream';
export type { ProblemKind, VerifyReport } from './verify-report';
