import type { MigrationSet } from '@kravspar/postgres';

/**
 * The `timers` table. A row is one timer, named by its key; it is due while `fired_at` is null and
 * `due_at` has passed on the `Clock` (compared in the poller, never with the database's now()).
 * `retry_at` holds a failed timer back until its back-off has passed, so `due_at` keeps the time the
 * timer was set for. `created_at` only records when the row was written and is never compared.
 */
export const timerMigrations: MigrationSet = {
  owner: 'timers',
  migrations: [
    {
      id: '001-timers',
      sql: `create table timers (
              key text primary key,
              kind text not null,
              due_at timestamptz not null,
              payload jsonb not null,
              fired_at timestamptz null,
              attempts int not null default 0,
              last_error text null,
              retry_at timestamptz null,
              created_at timestamptz not null default now()
            );
            create index timers_due_at_unfired on timers (due_at) where fired_at is null`,
    },
  ],
};
