import type { MigrationSet } from '@kravspar/postgres';

/**
 * The notifier's private tables (owner `notifier`); its inbox and notifications, which query-api reads, are
 * in `libs/read-store` (`notificationMigrations`), its timers in the shared `timers` table.
 *
 * - `notifier_first_placement_clocks`: each commitment with a first-placement period, and whether a
 *   placement has started; `notifier_contract_starts`: each started contract's start date. Together they
 *   give the first placement's due date, whichever message comes first.
 * - `notifier_dead_letters`: every message parked on the dead-letter topic, with the error, kept whether or
 *   not anyone reads that topic (on the in-process bus nobody does).
 */
export const notifierMigrations: MigrationSet = {
  owner: 'notifier',
  migrations: [
    {
      id: '001-first-placement-clocks',
      sql: `
        CREATE TABLE notifier_first_placement_clocks (
          commitment_id            text    PRIMARY KEY,
          contract_id              text    NOT NULL,
          buyer_unit_id            text    NOT NULL,
          matching_unit_id         text    NULL,
          first_placement_due_days integer NOT NULL,
          placement_started        boolean NOT NULL DEFAULT false
        );
        CREATE INDEX notifier_first_placement_clocks_contract ON notifier_first_placement_clocks (contract_id);

        CREATE TABLE notifier_contract_starts (
          contract_id text PRIMARY KEY,
          start_date  date NOT NULL
        );
      `,
    },
    {
      id: '002-dead-letters',
      sql: `
        CREATE TABLE notifier_dead_letters (
          id        bigserial   PRIMARY KEY,
          topic     text        NOT NULL,
          partition integer     NOT NULL,
          "offset"  text        NOT NULL,
          key       text        NOT NULL,
          headers   jsonb       NOT NULL,
          value     text        NOT NULL,
          error     text        NOT NULL,
          attempts  integer     NOT NULL,
          parked_at timestamptz NOT NULL
        );
      `,
    },
  ],
};
