import type { MigrationSet } from '@kravspar/postgres';
import { candidateLookupAndPlacementOutcomesV1 } from './placement-outcomes.migration';

/**
 * The read-model tables. Each read model carries its version in the table name (architecture §5): a new
 * version is built beside the old one from position 0 and swapped in, so these tables are never altered
 * in place. Checkpoints are keyed by the projection's versioned name for the same reason.
 */
export const readStoreMigrations: MigrationSet = {
  owner: 'read-store',
  migrations: [
    {
      id: '001-checkpoints-and-procurements',
      sql: `
        CREATE TABLE projection_checkpoints (
          name     text   PRIMARY KEY,
          position bigint NOT NULL
        );

        CREATE TABLE procurements_v1 (
          id                    text        PRIMARY KEY,
          revision              integer     NOT NULL,
          status                text        NOT NULL,
          buyer_unit_id         text        NOT NULL,
          title                 text        NOT NULL,
          published_at          timestamptz NULL,
          tender_deadline       timestamptz NULL,
          social_criteria_count integer     NOT NULL,
          document              jsonb       NOT NULL,
          updated_at            timestamptz NOT NULL
        );
        CREATE INDEX procurements_v1_listing ON procurements_v1 (updated_at DESC, id);
        CREATE INDEX procurements_v1_buyer_unit ON procurements_v1 (buyer_unit_id);
        CREATE INDEX procurements_v1_status ON procurements_v1 (status);

        CREATE TABLE procurement_timeline_v1 (
          procurement_id text    NOT NULL,
          revision       integer NOT NULL,
          entry          jsonb   NOT NULL,
          PRIMARY KEY (procurement_id, revision)
        );
      `,
    },
    {
      // Version 2 of both procurement read models: every lifecycle stage, P5 columns for the list, the
      // standstill board's sort key, and the small state the timeline's flags need. The v1 tables stay
      // until nothing serves from them; no code writes them any more.
      id: '002-procurements-v2',
      sql: `
        CREATE TABLE procurements_v2 (
          id                    text        PRIMARY KEY,
          revision              integer     NOT NULL,
          status                text        NOT NULL,
          under_review          boolean     NOT NULL,
          buyer_unit_id         text        NOT NULL,
          title                 text        NOT NULL,
          published_at          timestamptz NULL,
          tender_deadline       timestamptz NULL,
          social_criteria_count integer     NOT NULL,
          bid_count             integer     NOT NULL,
          bids_disclosed        boolean     NOT NULL,
          standstill_last_day   date        NULL,
          document              jsonb       NOT NULL,
          updated_at            timestamptz NOT NULL
        );
        CREATE INDEX procurements_v2_listing ON procurements_v2 (updated_at DESC, id);
        CREATE INDEX procurements_v2_buyer_unit ON procurements_v2 (buyer_unit_id);
        CREATE INDEX procurements_v2_status ON procurements_v2 (status);
        CREATE INDEX procurements_v2_standstill ON procurements_v2 (standstill_last_day, id) WHERE status = 'Standstill';

        CREATE TABLE procurement_timeline_v2 (
          procurement_id text    NOT NULL,
          revision       integer NOT NULL,
          entry          jsonb   NOT NULL,
          PRIMARY KEY (procurement_id, revision)
        );

        CREATE TABLE procurement_timeline_state_v2 (
          procurement_id text    PRIMARY KEY,
          revision       integer NOT NULL,
          state          jsonb   NOT NULL
        );
      `,
    },
    {
      // The follow-up read models, version 1: contracts with their commitments (kept apart, since they come
      // from the commitment streams and carry those streams' revisions), commitments with their funnel as
      // columns for the KPI sums, and referrals of the matching context (an opaque candidate reference only).
      id: '003-follow-up-v1',
      sql: `
        CREATE TABLE contracts_v1 (
          id            text        PRIMARY KEY,
          revision      integer     NOT NULL,
          buyer_unit_id text        NOT NULL,
          supplier_id   text        NOT NULL,
          document      jsonb       NOT NULL,
          updated_at    timestamptz NOT NULL
        );

        CREATE TABLE contract_commitments_v1 (
          commitment_id        text    PRIMARY KEY,
          contract_id          text    NOT NULL,
          revision             integer NOT NULL,
          established_position bigint  NOT NULL,
          entry                jsonb   NOT NULL
        );
        CREATE INDEX contract_commitments_v1_contract ON contract_commitments_v1 (contract_id, established_position);

        CREATE TABLE commitments_v1 (
          id             text        PRIMARY KEY,
          revision       integer     NOT NULL,
          contract_id    text        NOT NULL,
          buyer_unit_id  text        NOT NULL,
          supplier_id    text        NOT NULL,
          year           integer     NOT NULL,
          placement_type text        NULL,
          committed      integer     NOT NULL,
          offered        integer     NOT NULL,
          matched        integer     NOT NULL,
          started        integer     NOT NULL,
          ongoing        integer     NOT NULL,
          completed      integer     NOT NULL,
          interrupted    integer     NOT NULL,
          document       jsonb       NOT NULL,
          updated_at     timestamptz NOT NULL
        );
        CREATE INDEX commitments_v1_unit_year ON commitments_v1 (buyer_unit_id, year) WHERE placement_type IS NOT NULL;

        CREATE TABLE referrals_v1 (
          id            text        PRIMARY KEY,
          revision      integer     NOT NULL,
          status        text        NOT NULL,
          candidate_ref text        NOT NULL,
          document      jsonb       NOT NULL,
          updated_at    timestamptz NOT NULL
        );
      `,
    },
    candidateLookupAndPlacementOutcomesV1,
  ],
};
