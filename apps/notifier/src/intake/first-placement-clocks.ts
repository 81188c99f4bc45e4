import type { PoolClient } from 'pg';
import type { FirstPlacementClock, FirstPlacementFact } from '../rules/first-placement-clock';

/**
 * Records a fact in the notifier's first-placement tables (inside the message's transaction) and returns
 * the clocks it touched, as they now stand. Facts are idempotent: the first commitment row and contract
 * start are kept, a started placement stays started.
 */
export async function recordFirstPlacementFact(client: PoolClient, fact: FirstPlacementFact): Promise<FirstPlacementClock[]> {
  switch (fact.kind) {
    case 'commitment':
      await client.query(
        `INSERT INTO notifier_first_placement_clocks (commitment_id, contract_id, buyer_unit_id, matching_unit_id, first_placement_due_days)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (commitment_id) DO NOTHING`,
        [fact.commitmentId, fact.contractId, fact.buyerUnitId, fact.matchingUnitId, fact.firstPlacementDueDays],
      );
      return clocksWhere(client, 'c.commitment_id = $1', fact.commitmentId);
    case 'contract-started':
      await client.query(
        'INSERT INTO notifier_contract_starts (contract_id, start_date) VALUES ($1, $2) ON CONFLICT (contract_id) DO NOTHING',
        [fact.contractId, fact.startDate],
      );
      return clocksWhere(client, 'c.contract_id = $1', fact.contractId);
    case 'placement-started':
      await client.query('UPDATE notifier_first_placement_clocks SET placement_started = true WHERE commitment_id = $1', [fact.commitmentId]);
      return [];
  }
}

async function clocksWhere(client: PoolClient, condition: string, value: string): Promise<FirstPlacementClock[]> {
  const { rows } = await client.query<FirstPlacementClock>(
    `SELECT c.commitment_id AS "commitmentId", c.contract_id AS "contractId", c.buyer_unit_id AS "buyerUnitId",
            c.matching_unit_id AS "matchingUnitId", c.first_placement_due_days AS "firstPlacementDueDays",
            to_char(s.start_date, 'YYYY-MM-DD') AS "contractStart", c.placement_started AS "placementStarted"
       FROM notifier_first_placement_clocks c LEFT JOIN notifier_contract_starts s ON s.contract_id = c.contract_id
      WHERE ${condition}`,
    [value],
  );
  return rows;
}
