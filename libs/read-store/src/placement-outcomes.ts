import type { Queryable } from './queryable';

/** A commitment's buyer unit and year of signing, which its ended placements are counted under. */
export interface StoredOutcomeCommitment {
  readonly commitmentId: string;
  readonly buyerUnitId: string;
  readonly year: number;
}

/** One ended placement: codes and months only, never a referral or a person. */
export interface StoredPlacementOutcome extends StoredOutcomeCommitment {
  readonly revision: number;
  readonly ending: 'completed' | 'interrupted';
  readonly code: string;
  readonly monthsServed: number | null;
}

/** The count and months served of one unit, year, ending and code. */
export interface PlacementOutcomeSum {
  readonly unitId: string;
  readonly year: number;
  readonly ending: 'completed' | 'interrupted';
  readonly code: string;
  readonly count: number;
  readonly monthsServed: number | null;
}

/** Keeps the first unit and year seen for a commitment: `CommitmentEstablished` comes once per stream. */
export async function saveOutcomeCommitment(db: Queryable, commitment: StoredOutcomeCommitment): Promise<void> {
  await db.query(
    `INSERT INTO placement_outcome_commitments_v1 (commitment_id, buyer_unit_id, year) VALUES ($1, $2, $3)
     ON CONFLICT (commitment_id) DO NOTHING`,
    [commitment.commitmentId, commitment.buyerUnitId, commitment.year],
  );
}

export async function findOutcomeCommitment(db: Queryable, commitmentId: string): Promise<StoredOutcomeCommitment | undefined> {
  const result = await db.query<StoredOutcomeCommitment>(
    `SELECT commitment_id AS "commitmentId", buyer_unit_id AS "buyerUnitId", year
       FROM placement_outcome_commitments_v1 WHERE commitment_id = $1`,
    [commitmentId],
  );
  return result.rows[0];
}

/** One row per event (commitment and revision): a redelivered event adds nothing. */
export async function savePlacementOutcome(db: Queryable, outcome: StoredPlacementOutcome): Promise<void> {
  const { commitmentId, revision, buyerUnitId, year, ending, code, monthsServed } = outcome;
  await db.query(
    `INSERT INTO placement_outcomes_v1 (commitment_id, revision, buyer_unit_id, year, ending, code, months_served)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (commitment_id, revision) DO NOTHING`,
    [commitmentId, revision, buyerUnitId, year, ending, code, monthsServed],
  );
}

/** The ended placements counted per unit, year, ending and code, optionally for one unit and/or year; sorted by unit, then year. */
export async function sumPlacementOutcomes(db: Queryable, filter: { unitId?: string; year?: number } = {}): Promise<PlacementOutcomeSum[]> {
  const params: unknown[] = [];
  const where = ['true'];
  if (filter.unitId !== undefined) where.push(`buyer_unit_id = $${params.push(filter.unitId)}`);
  if (filter.year !== undefined) where.push(`year = $${params.push(filter.year)}`);
  const result = await db.query<PlacementOutcomeSum>(
    `SELECT buyer_unit_id AS "unitId", year, ending, code, count(*)::int AS count, sum(months_served) AS "monthsServed"
       FROM placement_outcomes_v1 WHERE ${where.join(' AND ')}
      GROUP BY buyer_unit_id, year, ending, code ORDER BY buyer_unit_id, year, ending, code`,
    params,
  );
  return result.rows;
}
