import type { Queryable } from './queryable';

/**
 * A referral document with its status and the candidate's opaque reference as columns. The matching
 * context's own table: no candidate identity is stored here, only the reference into the PII vault.
 */
export interface StoredReferral<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly status: string;
  readonly candidateRef: string;
  readonly updatedAt: string;
  readonly document: Document;
}

/** The referral document, its row locked until the transaction ends. Use inside a transaction. */
export async function loadReferralForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM referrals_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/**
 * Inserts or replaces the referral's row; a row at a later revision is kept. The same revision is taken:
 * placement events of commitment streams change the document without moving the referral's own revision.
 */
export async function saveReferral(db: Queryable, referral: StoredReferral): Promise<void> {
  await db.query(
    `INSERT INTO referrals_v1 (id, revision, status, candidate_ref, document, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET
       revision = excluded.revision, status = excluded.status, candidate_ref = excluded.candidate_ref,
       document = excluded.document, updated_at = excluded.updated_at
     WHERE referrals_v1.revision <= excluded.revision`,
    [referral.id, referral.revision, referral.status, referral.candidateRef, JSON.stringify(referral.document), referral.updatedAt],
  );
}

/** The document of one referral, or undefined when the read model has none. */
export async function findReferral<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM referrals_v1 WHERE id = $1', [id]);
  return result.rows[0]?.document;
}

/**
 * The referrals made for a candidate (each referral stores the identity under a reference of its own, so
 * usually one): the streams its erasure must reach.
 */
export async function findReferralIdsByCandidate(db: Queryable, candidateRef: string): Promise<string[]> {
  const result = await db.query<{ id: string }>('SELECT id FROM referrals_v1 WHERE candidate_ref = $1 ORDER BY id', [candidateRef]);
  return result.rows.map((row) => row.id);
}
