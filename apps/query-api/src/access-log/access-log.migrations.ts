import type { MigrationSet } from '@kravspar/postgres';

/**
 * query-api's one table (architecture §1): who read secret bid details or candidate data, when, and what.
 * Append-only like `events`: an entry that could be edited proves nothing to an auditor.
 */
export const accessLogMigrations: MigrationSet = {
  owner: 'query-api.access-log',
  migrations: [
    {
      id: '001-access-log',
      sql: `
        CREATE TABLE access_log (
          id             bigserial   PRIMARY KEY,
          read_at        timestamptz NOT NULL,
          kind           text        NOT NULL CHECK (kind IN ('bid-details', 'candidate-data')),
          user_id        text        NOT NULL,
          role           text        NOT NULL,
          unit_id        text,
          supplier_id    text,
          route          text        NOT NULL,
          object_ids     text[]      NOT NULL,
          correlation_id text
        );
        CREATE INDEX access_log_read_at ON access_log (read_at, id);
        CREATE INDEX access_log_object_ids ON access_log USING gin (object_ids);
        CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the access log is append-only (% refused)', TG_OP;
        END $$;
        CREATE TRIGGER access_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
          FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
      `,
    },
  ],
};
