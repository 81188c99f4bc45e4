import type { Queryable } from './queryable';

/** A contract document with the columns query-api checks access on. The document is opaque here. */
export interface StoredContract<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly updatedAt: string;
  readonly document: Document;
}

/** The contract's entry for one of its commitments, at that commitment stream's revision. */
export interface StoredContractCommitment<Entry = unknown> {
  readonly commitmentId: string;
  readonly contractId: string;
  readonly revision: number;
  /** Global position of `CommitmentEstablished`: the contract lists its commitments in that order. */
  readonly establishedPosition: number;
  readonly entry: Entry;
}

/** The contract document, its row locked until the transaction ends. Use inside a transaction. */
export async function loadContractForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM contracts_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/** Inserts or replaces the contract's row; a row already at the same or a later revision is kept. */
export async function saveContract(db: Queryable, contract: StoredContract): Promise<void> {
  await db.query(
    `INSERT INTO contracts_v1 (id, revision, buyer_unit_id, supplier_id, document, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET
       revision = excluded.revision, buyer_unit_id = excluded.buyer_unit_id, supplier_id = excluded.supplier_id,
       document = excluded.document, updated_at = excluded.updated_at
     WHERE contracts_v1.revision < excluded.revision`,
    [contract.id, contract.revision, contract.buyerUnitId, contract.supplierId, JSON.stringify(contract.document), contract.updatedAt],
  );
}

/**
 * The contract's entry for commitment `commitmentId`, its row locked until the transaction ends. The row
 * is also the mapping from a commitment to its contract: later commitment events do not name the contract.
 */
export async function loadContractCommitmentForUpdate<Entry>(db: Queryable, commitmentId: string): Promise<Entry | undefined> {
  const result = await db.query<{ entry: Entry }>('SELECT entry FROM contract_commitments_v1 WHERE commitment_id = $1 FOR UPDATE', [
    commitmentId,
  ]);
  return result.rows[0]?.entry;
}

/**
 * Inserts or replaces the entry; one already at the same or a later revision is kept, and the position it
 * was established at never moves.
 */
export async function saveContractCommitment(db: Queryable, commitment: StoredContractCommitment): Promise<void> {
  await db.query(
    `INSERT INTO contract_commitments_v1 (commitment_id, contract_id, revision, established_position, entry) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (commitment_id) DO UPDATE SET revision = excluded.revision, entry = excluded.entry
     WHERE contract_commitments_v1.revision < excluded.revision`,
    [commitment.commitmentId, commitment.contractId, commitment.revision, commitment.establishedPosition, JSON.stringify(commitment.entry)],
  );
}

/**
 * The contract document and the entries of its commitments in the order they were established, read in
 * one statement so both come from one snapshot; undefined when the read model has no such contract.
 */
export async function findContract<Document, Entry>(
  db: Queryable,
  id: string,
): Promise<{ document: Document; commitments: Entry[] } | undefined> {
  const result = await db.query<{ document: Document; commitments: Entry[] }>(
    `SELECT c.document,
            coalesce((SELECT jsonb_agg(cc.entry ORDER BY cc.established_position, cc.commitment_id)
                        FROM contract_commitments_v1 cc WHERE cc.contract_id = c.id), '[]'::jsonb) AS commitments
       FROM contracts_v1 c WHERE c.id = $1`,
    [id],
  );
  return result.rows[0];
}
