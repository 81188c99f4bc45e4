import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** A checkpoint as signed: the root of the global log's Merkle tree over positions 1..treeSize. */
export interface SignedCheckpoint {
  readonly id: number;
  readonly treeSize: number;
  /** MTH (hex) over the leaves of positions 1..treeSize (see `logLeafHash`). */
  readonly root: string;
  /** From the Clock, ISO 8601 in UTC with milliseconds. */
  readonly signedAt: string;
  readonly keyId: string;
  /** Ed25519 over `checkpointNote(...)`, base64. */
  readonly signature: string;
}

const NOTE_ORIGIN = 'kravspar audit checkpoint v1';

/**
 * The text that is signed, one field a line (in the spirit of C2SP tlog-checkpoint): origin, tree size,
 * root (hex), signing time and key id, each line ending in a newline. Fixed and line-based so that a
 * verifier in any language can rebuild it from the exported fields.
 */
export function checkpointNote(checkpoint: Pick<SignedCheckpoint, 'treeSize' | 'root' | 'signedAt' | 'keyId'>): string {
  const { treeSize, root, signedAt, keyId } = checkpoint;
  return `${NOTE_ORIGIN}\n${treeSize}\n${root}\n${signedAt}\n${keyId}\n`;
}

/** The first 16 hex digits of SHA-256 over the public key's DER SubjectPublicKeyInfo. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/** The public key as PEM (SubjectPublicKeyInfo): what an auditor is given to verify offline. */
export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'pem' }).toString();
}

/** Reads an Ed25519 public key from PEM; refuses any other kind of key. */
export function parsePublicKey(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the checkpoint key must be Ed25519, not ${key.asymmetricKeyType}`);
  return key;
}

/** Signs checkpoints with an Ed25519 private key; the key never leaves the `KeyObject`. */
export class CheckpointSigner {
  readonly publicKey: KeyObject;
  readonly keyId: string;

  constructor(private readonly privateKey: KeyObject) {
    if (privateKey.asymmetricKeyType !== 'ed25519') {
      throw new Error(`the checkpoint signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
    }
    this.publicKey = createPublicKey(privateKey);
    this.keyId = keyIdOf(this.publicKey);
  }

  sign(checkpoint: Pick<SignedCheckpoint, 'treeSize' | 'root' | 'signedAt'>): string {
    const note = checkpointNote({ ...checkpoint, keyId: this.keyId });
    return sign(null, Buffer.from(note, 'utf8'), this.privateKey).toString('base64');
  }
}

/** Whether `checkpoint` carries a valid signature by `publicKey` (and names that key). */
export function verifyCheckpointSignature(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  if (checkpoint.keyId !== keyIdOf(publicKey)) return false;
  try {
    return verify(null, Buffer.from(checkpointNote(checkpoint), 'utf8'), publicKey, Buffer.from(checkpoint.signature, 'base64'));
  } catch {
    return false;
  }
}
