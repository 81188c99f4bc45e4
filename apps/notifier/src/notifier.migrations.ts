import type { MigrationSet } from '@kravspar/postgres';

/**
 * The notifier's private tables (owner `notifier`); its inbox and notifications, which query-api reads, are
 * in `libs/read-store` (`notificationMigrations`), its timers in the shared `timers` table.
 *
 * - `notifier_first_placement_clocks`: each commitment with a first-placement period, and whether a
 *   placement has started; `notifier_contract_starts`: each started contract's start date. Together they
 *   give the first placement's due date, whichever message comes first.
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
  ],
};
