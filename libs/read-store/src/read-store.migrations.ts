import type { MigrationSet } from '@kravspar/postgres';

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
  ],
};
