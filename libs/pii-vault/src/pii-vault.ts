import { randomUUID, type KeyObject } from 'node:crypto';
import type { Pool } from 'pg';
import { CandidateCipher, type CandidateIdentity } from './candidate-cipher';

/** What `read` gives for a candidate whose key was destroyed: the identity is gone for good. */
export interface ErasedCandidate {
  erased: true;
}

// Refs are uuids the vault made; anything else cannot be stored, so it is unknown rather than a SQL error.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface VaultRow {
  iv: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
  wrapped_key: Buffer | null;
  key_iv: Buffer | null;
  key_tag: Buffer | null;
}

/**
 * Candidate identities in PostgreSQL: `pii_candidate_keys` holds each candidate's key wrapped by the
 * master key, `pii_candidate_data` the identity encrypted under that key (see `CandidateCipher`).
 *
 * States of a candidateRef:
 * - stored: both rows; `read` decrypts.
 * - erased: the key row is gone and the data row is an empty marker (no IV, ciphertext or tag); `read`
 *   gives `{ erased: true }`. A data row that still holds ciphertext but has no key (e.g. restored from a
 *   backup) is erased too: nothing can decrypt it.
 * - unknown: no data row; `read` gives `undefined`. A ref whose marker was removed by hand reads as unknown.
 *
 * Nothing here logs, and no error carries a decrypted value.
 */
export class PiiVault {
  private readonly cipher: CandidateCipher;

  constructor(
    private readonly pool: Pool,
    masterKey: KeyObject,
  ) {
    this.cipher = new CandidateCipher(masterKey);
  }

  /** Encrypts and stores an identity under a fresh candidateRef, which is returned. */
  async store(candidate: CandidateIdentity): Promise<string> {
    const candidateRef = randomUUID();
    const { key, data } = this.cipher.seal(candidateRef, candidate);
    // One statement, so one transaction: there is never a key without its data or data without its key.
    await this.pool.query(
      `WITH stored_key AS (
         INSERT INTO pii_candidate_keys (candidate_ref, wrapped_key, key_iv, key_tag) VALUES ($1, $2, $3, $4)
       )
       INSERT INTO pii_candidate_data (candidate_ref, iv, ciphertext, tag) VALUES ($1, $5, $6, $7)`,
      [candidateRef, key.wrappedKey, key.iv, key.tag, data.iv, data.ciphertext, data.tag],
    );
    return candidateRef;
  }

  /**
   * The identity, `{ erased: true }`, or `undefined` for a ref the vault does not know. Throws
   * `PiiAuthenticationError` when the rows were altered, swapped, or written under another master key.
   */
  async read(candidateRef: string): Promise<CandidateIdentity | ErasedCandidate | undefined> {
    if (!UUID.test(candidateRef)) return undefined;
    const { rows } = await this.pool.query<VaultRow>(
      `SELECT d.iv, d.ciphertext, d.tag, k.wrapped_key, k.key_iv, k.key_tag
         FROM pii_candidate_data d LEFT JOIN pii_candidate_keys k USING (candidate_ref)
        WHERE d.candidate_ref = $1`,
      [candidateRef],
    );
    const row = rows[0];
    if (row === undefined) return undefined;
    if (row.wrapped_key === null || row.key_iv === null || row.key_tag === null) return { erased: true };
    return this.cipher.open(
      candidateRef,
      { wrappedKey: row.wrapped_key, iv: row.key_iv, tag: row.key_tag },
      { iv: row.iv, ciphertext: row.ciphertext, tag: row.tag },
    );
  }

  /**
   * Crypto-shredding: deletes the candidate's key, after which no copy of the data row (replica, backup,
   * export) can be decrypted, and empties the data row as well. Deleting the key is what makes it final;
   * emptying the row only means the live table no longer holds even ciphertext. Returns true when the vault
   * knows the ref (erased now or before; repeating is harmless), false when it never stored it.
   *
   * PostgreSQL keeps the old row versions until VACUUM, and WAL archives and backups keep them until they
   * expire; the wrapped key in those copies still needs the master key, which lives outside the database.
   * Backups of `pii_candidate_keys` must therefore expire within the erasure deadline.
   */
  async erase(candidateRef: string): Promise<boolean> {
    if (!UUID.test(candidateRef)) return false;
    // One statement, so the key and the data row go together.
    const { rowCount } = await this.pool.query(
      `WITH shredded AS (DELETE FROM pii_candidate_keys WHERE candidate_ref = $1)
       UPDATE pii_candidate_data SET iv = ''::bytea, ciphertext = ''::bytea, tag = ''::bytea
        WHERE candidate_ref = $1`,
      [candidateRef],
    );
    return (rowCount ?? 0) > 0;
  }

  /** True when the vault knows the ref and its key is gone; false for a readable or unknown ref. */
  async isErased(candidateRef: string): Promise<boolean> {
    if (!UUID.test(candidateRef)) return false;
    const { rows } = await this.pool.query<{ erased: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM pii_candidate_keys k WHERE k.candidate_ref = d.candidate_ref) AS erased
         FROM pii_candidate_data d WHERE d.candidate_ref = $1`,
      [candidateRef],
    );
    return rows[0]?.erased ?? false;
  }
}
