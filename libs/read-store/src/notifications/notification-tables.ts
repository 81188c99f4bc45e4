import type { MigrationSet } from '@kravspar/postgres';

/**
 * The notifier's tables (architecture §6). The notifier writes them; query-api reads `notifications` for
 * GET /notifications, so both migrate them (owner `notifications`). They are not read models of the event
 * log — nothing rebuilds them from position 0 — so their names carry no `_v<N>` and a projection reset
 * leaves them alone.
 *
 * - `notifier_inbox`: one row per integration message handled, keyed by the message id (the source domain
 *   event id). It is written in the transaction that writes the message's notifications and timers, so a
 *   redelivered message finds its row and changes nothing.
 * - `notifications`: one row per notification and recipient. The id is derived from the source (event id
 *   or timer key), the rule and the recipient, so the same notification cannot be stored twice however it
 *   is reached. `published_at` is null until the notifications topic acknowledged it: the rows are also the
 *   outbox, published after commit and again after a crash.
 */
export const notificationMigrations: MigrationSet = {
  owner: 'notifications',
  migrations: [
    {
      id: '001-inbox-and-notifications',
      sql: `
        CREATE TABLE notifier_inbox (
          message_id    text        PRIMARY KEY,
          type          text        NOT NULL,
          subject       text        NOT NULL,
          position      bigint      NOT NULL,
          topic         text        NOT NULL,
          notifications integer     NOT NULL,
          received_at   timestamptz NOT NULL
        );

        CREATE TABLE notifications (
          notification_id       uuid        PRIMARY KEY,
          seq                   bigserial   NOT NULL UNIQUE,
          source_id             text        NOT NULL,
          rule                  text        NOT NULL,
          recipient_role        text        NOT NULL,
          recipient_unit_id     text        NULL,
          recipient_supplier_id text        NULL,
          subject               text        NOT NULL,
          title                 text        NOT NULL,
          body                  text        NULL,
          created_at            timestamptz NOT NULL,
          published_at          timestamptz NULL
        );
        CREATE INDEX notifications_unpublished ON notifications (seq) WHERE published_at IS NULL;
        CREATE INDEX notifications_by_recipient ON notifications (recipient_role, recipient_unit_id, recipient_supplier_id, seq DESC);
        CREATE INDEX notifications_by_source ON notifications (source_id);
      `,
    },
  ],
};
