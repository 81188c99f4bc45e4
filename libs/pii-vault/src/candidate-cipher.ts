import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';

/** Who a candidate is. Lives only in the vault; everything else refers to the candidate by `candidateRef`. */
export interface CandidateIdentity {
  name: string;
  personalNumber?: string;
  contact?: { email?: string; phone?: string };
}

/** A candidate's own key, encrypted under the master key: one row of `pii_candidate_keys`. */
export interface WrappedCandidateKey {
  wrappedKey: Buffer;
  iv: Buffer;
  tag: Buffer;
}

/** A candidate's identity, encrypted under the candidate's key: one row of `pii_candidate_data`. */
export interface SealedIdentity {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

/**
 * Stored data that does not authenticate: tampered with, moved to another candidate, or read with another
 * master key. The message names only the candidateRef, never anything that was encrypted.
 */
export class PiiAuthenticationError extends Error {
  constructor(readonly candidateRef: string) {
    super(`PII of candidate ${candidateRef} failed authentication (altered, moved, or another master key)`);
    this.name = 'PiiAuthenticationError';
  }
}

const ALGORITHM = 'aes-256-gcm';
const KEY_BYTES = 32;
// 96-bit IVs are GCM's native size; each is random and used with its key once.
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM envelope encryption: the identity under a fresh random key per candidate, that key under the
 * master key. Both use the candidateRef as additional authenticated data, so a row copied to another
 * candidate does not decrypt. Pure: storage is the caller's (see `PiiVault`).
 */
export class CandidateCipher {
  constructor(private readonly masterKey: KeyObject) {
    if (masterKey.type !== 'secret' || masterKey.symmetricKeySize !== KEY_BYTES) {
      throw new Error(`the PII master key must be a ${KEY_BYTES}-byte secret key`);
    }
  }

  seal(candidateRef: string, identity: CandidateIdentity): { key: WrappedCandidateKey; data: SealedIdentity } {
    assertIdentity(identity);
    const candidateKey = randomBytes(KEY_BYTES);
    try {
      // Only the known fields are kept: whatever else a caller passes is not ours to hold.
      const { name, personalNumber, contact } = identity;
      const known = { name, personalNumber, contact: contact && { email: contact.email, phone: contact.phone } };
      const plaintext = Buffer.from(JSON.stringify(known), 'utf8');
      const data = encrypt(candidateKey, candidateRef, plaintext);
      plaintext.fill(0);
      const { ciphertext: wrappedKey, iv, tag } = encrypt(this.masterKey, candidateRef, candidateKey);
      return { key: { wrappedKey, iv, tag }, data };
    } finally {
      candidateKey.fill(0); // Shorten the time the raw key sits in memory.
    }
  }

  /** The identity; throws `PiiAuthenticationError` when either row does not authenticate for this ref. */
  open(candidateRef: string, key: WrappedCandidateKey, data: SealedIdentity): CandidateIdentity {
    const candidateKey = decrypt(this.masterKey, candidateRef, { iv: key.iv, ciphertext: key.wrappedKey, tag: key.tag });
    try {
      const plaintext = decrypt(candidateKey, candidateRef, data);
      try {
        return parseIdentity(plaintext);
      } finally {
        plaintext.fill(0);
      }
    } finally {
      candidateKey.fill(0);
    }
  }
}

function encrypt(key: KeyObject | Buffer, candidateRef: string, plaintext: Buffer): SealedIdentity {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES }).setAAD(Buffer.from(candidateRef, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

function decrypt(key: KeyObject | Buffer, candidateRef: string, sealed: SealedIdentity): Buffer {
  // A wrong-sized IV or tag would make Node throw a message of its own; it is just as unauthentic.
  if (sealed.iv.length !== IV_BYTES || sealed.tag.length !== TAG_BYTES) throw new PiiAuthenticationError(candidateRef);
  try {
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES })
      .setAAD(Buffer.from(candidateRef, 'utf8'))
      .setAuthTag(sealed.tag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new PiiAuthenticationError(candidateRef);
  }
}

function parseIdentity(plaintext: Buffer): CandidateIdentity {
  let value: unknown;
  try {
    value = JSON.parse(plaintext.toString('utf8'));
  } catch {
    // JSON.parse quotes the text it failed on; that text is personal data.
    throw new Error('decrypted PII is not valid JSON');
  }
  assertIdentity(value);
  return value;
}

/** Checks the shape only; errors name the field, never its value. */
function assertIdentity(value: unknown): asserts value is CandidateIdentity {
  const identity = value as Partial<CandidateIdentity> | null;
  if (typeof identity !== 'object' || identity === null) throw new TypeError('a candidate identity must be an object');
  if (typeof identity.name !== 'string' || identity.name.trim() === '') {
    throw new TypeError('a candidate identity needs a non-empty name');
  }
  if (identity.personalNumber !== undefined && typeof identity.personalNumber !== 'string') {
    throw new TypeError('personalNumber must be a string');
  }
  const contact = identity.contact as Record<string, unknown> | undefined;
  if (contact !== undefined && (typeof contact !== 'object' || contact === null)) throw new TypeError('contact must be an object');
  for (const field of ['email', 'phone'] as const) {
    if (contact?.[field] !== undefined && typeof contact[field] !== 'string') throw new TypeError(`contact.${field} must be a string`);
  }
}
