import type { MigrationSet } from '@kravspar/postgres';
import type { Queryable } from './queryable';

/**
 * The compliance read model, version 1: a row per contract and per commitment, with the columns the
 * social-criteria coverage counts on (meetings held, reports received). A migration set of its own, so
 * that it is created and versioned apart from the other read models.
 */
export const complianceMigrations: MigrationSet = {
  owner: 'read-store.compliance',
  migrations: [
    {
      id: '001-compliance-v1',
      sql: `
        CREATE TABLE contract_compliance_v1 (
          id             text        PRIMARY KEY,
          revision       integer     NOT NULL,
          procurement_id text        NOT NULL,
          buyer_unit_id  text        NOT NULL,
          supplier_id    text        NOT NULL,
          meetings_held  integer     NOT NULL,
          document       jsonb       NOT NULL,
          updated_at     timestamptz NOT NULL
        );
        CREATE TABLE commitment_compliance_v1 (
          id                   text    PRIMARY KEY,
          contract_id          text    NOT NULL,
          revision             integer NOT NULL,
          established_position bigint  NOT NULL,
          reports_received     integer NOT NULL,
          document             jsonb   NOT NULL
        );
        CREATE INDEX commitment_compliance_v1_contract ON commitment_compliance_v1 (contract_id, established_position);
      `,
    },
  ],
};

export interface StoredContractCompliance<Document = unknown> {
  readonly id: string;
  readonly revision: number;
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly supplierId: string;
  readonly meetingsHeld: number;
  readonly updatedAt: string;
  readonly document: Document;
}

export interface StoredCommitmentCompliance<Document = unknown> {
  readonly id: string;
  readonly contractId: string;
  readonly revision: number;
  /** Global position of `CommitmentEstablished`: the contract lists its commitments in that order. */
  readonly establishedPosition: number;
  readonly reportsReceived: number;
  readonly document: Document;
}

/** The contract's compliance document, its row locked until the transaction ends. */
export async function loadContractComplianceForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM contract_compliance_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/** Inserts or replaces the row; one already at the same or a later revision is kept. */
export async function saveContractCompliance(db: Queryable, row: StoredContractCompliance): Promise<void> {
  await db.query(
    `INSERT INTO contract_compliance_v1 (id, revision, procurement_id, buyer_unit_id, supplier_id, meetings_held, document, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, meetings_held = excluded.meetings_held,
       document = excluded.document, updated_at = excluded.updated_at
     WHERE contract_compliance_v1.revision < excluded.revision`,
    [row.id, row.revision, row.procurementId, row.buyerUnitId, row.supplierId, row.meetingsHeld, JSON.stringify(row.document), row.updatedAt],
  );
}

/** The commitment's compliance document, its row locked until the transaction ends. */
export async function loadCommitmentComplianceForUpdate<Document>(db: Queryable, id: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM commitment_compliance_v1 WHERE id = $1 FOR UPDATE', [id]);
  return result.rows[0]?.document;
}

/** Inserts or replaces the row; the position it was established at never moves. */
export async function saveCommitmentCompliance(db: Queryable, row: StoredCommitmentCompliance): Promise<void> {
  await db.query(
    `INSERT INTO commitment_compliance_v1 (id, contract_id, revision, established_position, reports_received, document)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, reports_received = excluded.reports_received, document = excluded.document
     WHERE commitment_compliance_v1.revision < excluded.revision`,
    [row.id, row.contractId, row.revision, row.establishedPosition, row.reportsReceived, JSON.stringify(row.document)],
  );
}

/** The contract's compliance document with its commitments' in the order established, from one snapshot. */
export async function findContractCompliance<Contract, Commitment>(
  db: Queryable,
  id: string,
): Promise<{ contract: Contract; commitments: Commitment[] } | undefined> {
  const result = await db.query<{ contract: Contract; commitments: Commitment[] }>(
    `SELECT c.document AS contract,
            coalesce((SELECT jsonb_agg(m.document ORDER BY m.established_position, m.id)
                        FROM commitment_compliance_v1 m WHERE m.contract_id = c.id), '[]'::jsonb) AS commitments
       FROM contract_compliance_v1 c WHERE c.id = $1`,
    [id],
  );
  return result.rows[0];
}

/** One published procurement with its criteria's instruments, its contract and whether that was followed up. */
export interface CoverageRowRecord {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly year: number;
  readonly instruments: string[];
  readonly contractId: string | null;
  readonly followedUp: boolean;
}

/**
 * The published procurements (of one Stockholm year of publication, or all), from the procurement read
 * model, with whether their contract had a report received or a meeting held; by unit, year and id.
 */
export async function listCoverageRows(db: Queryable, year?: number): Promise<CoverageRowRecord[]> {
  const result = await db.query<CoverageRowRecord>(
    `WITH published AS (
       SELECT p.id, p.buyer_unit_id, extract(year FROM p.published_at AT TIME ZONE 'Europe/Stockholm')::int AS year,
              p.document->'socialCriteria' AS criteria, p.document->'contract'->>'contractId' AS contract_id
         FROM procurements_v2 p WHERE p.published_at IS NOT NULL)
     SELECT id AS "procurementId", buyer_unit_id AS "buyerUnitId", year,
            coalesce((SELECT array_agg(c->>'instrument') FROM jsonb_array_elements(coalesce(criteria, '[]'::jsonb)) c), '{}') AS instruments,
            contract_id AS "contractId",
            (EXISTS (SELECT 1 FROM contract_compliance_v1 k WHERE k.id = contract_id AND k.meetings_held > 0)
             OR EXISTS (SELECT 1 FROM commitment_compliance_v1 m WHERE m.contract_id = published.contract_id AND m.reports_received > 0)) AS "followedUp"
       FROM published WHERE $1::int IS NULL OR year = $1
      ORDER BY buyer_unit_id, year, id`,
    [year ?? null],
  );
  return result.rows;
}
