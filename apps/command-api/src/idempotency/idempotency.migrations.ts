import type { MigrationSet } from '@kravspar/postgres';

/** The first answer to each `Idempotency-Key`, replayed to its repeats (api.md §Conventions). */
export const idempotencyMigrations: MigrationSet = {
  owner: 'command-api',
  migrations: [
    {
      id: '001-idempotency-records',
      sql: `
        CREATE TABLE idempotency_records (
          key         text        PRIMARY KEY,
          fingerprint char(64)    NOT NULL,
          status      integer     NOT NULL,
          body        jsonb       NOT NULL,
          headers     jsonb       NOT NULL,
          created_at  timestamptz NOT NULL DEFAULT now()
        );
      `,
    },
  ],
};
