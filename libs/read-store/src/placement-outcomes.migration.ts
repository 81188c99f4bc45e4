import type { Migration } from '@kravspar/postgres';

/**
 * Erasure finds a candidate's referrals by its reference; the outcome statistics keep one row per ended
 * placement (codes and months only, no referral) and the buyer unit and year of each commitment.
 */
export const candidateLookupAndPlacementOutcomesV1: Migration = {
  id: '004-candidate-lookup-and-placement-outcomes-v1',
  sql: `
    CREATE INDEX referrals_v1_candidate ON referrals_v1 (candidate_ref);

    CREATE TABLE placement_outcome_commitments_v1 (
      commitment_id text    PRIMARY KEY,
      buyer_unit_id text    NOT NULL,
      year          integer NOT NULL
    );

    CREATE TABLE placement_outcomes_v1 (
      commitment_id text             NOT NULL,
      revision      integer          NOT NULL,
      buyer_unit_id text             NOT NULL,
      year          integer          NOT NULL,
      ending        text             NOT NULL CHECK (ending IN ('completed', 'interrupted')),
      code          text             NOT NULL,
      months_served double precision NULL,
      PRIMARY KEY (commitment_id, revision)
    );
    CREATE INDEX placement_outcomes_v1_unit_year ON placement_outcomes_v1 (buyer_unit_id, year);
  `,
};
