import type { MigrationSet } from '@kravspar/postgres';

/**
 * The events table and the log head. Global positions come from the single `event_log_head` row,
 * incremented inside the appending transaction: its row lock is held until commit, so positions are
 * handed out in commit order with no gaps, and a reader never sees position n+1 before n
 * (see docs/decisions/002-global-position.md).
 */
export const eventStoreMigrations: MigrationSet = {
  owner: 'event-store',
  migrations: [
    {
      id: '001-events',
      sql: `
        CREATE TABLE events (
          position    bigint      PRIMARY KEY,
          stream_id   text        NOT NULL,
          revision    integer     NOT NULL,
          event_id    uuid        NOT NULL UNIQUE,
          type        text        NOT NULL,
          data        jsonb       NOT NULL,
          metadata    jsonb       NOT NULL,
          recorded_at timestamptz NOT NULL,
          prev_hash   char(64)    NOT NULL,
          hash        char(64)    NOT NULL,
          CONSTRAINT events_stream_revision UNIQUE (stream_id, revision)
        );
        CREATE TABLE event_log_head (
          singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
          position  bigint  NOT NULL
        );
        INSERT INTO event_log_head (position) VALUES (0);

        -- The log is append-only: a stored event is never updated or deleted.
        CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
        END $$;
        CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
          FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change();

        -- Wakes subscribers at commit; they also poll, so a lost notification only delays them.
        CREATE FUNCTION events_notify_appended() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('kravspar_events_appended', '');
          RETURN NULL;
        END $$;
        CREATE TRIGGER events_appended AFTER INSERT ON events
          FOR EACH STATEMENT EXECUTE FUNCTION events_notify_appended();
      `,
    },
  ],
};
