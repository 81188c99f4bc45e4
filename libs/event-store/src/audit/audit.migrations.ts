import type { MigrationSet } from '@kravspar/postgres';

/**
 * Signed checkpoints of the global log and the leaves they sealed.
 *
 * - `checkpoints`: one row per seal — the tree size (the last position sealed), the Merkle root, the Clock's
 *   time of signing, the key id and public key (so anyone can check the latest one; trust comes from
 *   pinning the key id out of band), the Ed25519 signature, and the frontier (the roots of the tree's
 *   complete subtrees), from which the next seal continues without rereading the log.
 * - `checkpoint_leaves`: each sealed position's event hash as it was sealed. They are authenticated by the
 *   signed roots (they must hash to them), and let `verify` name the first position that differs from what
 *   was sealed, where a recomputed root alone could only say that something before it did.
 *
 * Both are append-only, like `events`.
 */
export const auditMigrations: MigrationSet = {
  owner: 'audit',
  migrations: [
    {
      id: '001-checkpoints',
      sql: `
        CREATE TABLE checkpoints (
          id          bigserial   PRIMARY KEY,
          tree_size   bigint      NOT NULL CHECK (tree_size > 0),
          root        char(64)    NOT NULL,
          signed_at   timestamptz NOT NULL,
          key_id      text        NOT NULL,
          public_key  text        NOT NULL,
          signature   text        NOT NULL,
          frontier    bytea       NOT NULL
        );
        CREATE TABLE checkpoint_leaves (
          position bigint   PRIMARY KEY,
          hash     char(64) NOT NULL
        );
        CREATE FUNCTION audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
        END $$;
        CREATE TRIGGER checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON checkpoints
          FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
        CREATE TRIGGER checkpoint_leaves_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON checkpoint_leaves
          FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
      `,
    },
  ],
};
