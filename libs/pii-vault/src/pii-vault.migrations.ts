import type { MigrationSet } from '@kravspar/postgres';

/**
 * Keys and data in separate tables: a copy of the data alone reveals nothing, and deleting a key row makes
 * its data row unreadable for good (crypto-shredding). No foreign key joins them, so erasure removes the key
 * without having to remove the data row, which stays behind as an empty marker of the erasure.
 */
export const piiVaultMigrations: MigrationSet = {
  owner: 'pii-vault',
  migrations: [
    {
      id: '001-candidate-keys-and-data',
      sql: `
        CREATE TABLE pii_candidate_keys (
          candidate_ref uuid        PRIMARY KEY,
          wrapped_key   bytea       NOT NULL,
          key_iv        bytea       NOT NULL,
          key_tag       bytea       NOT NULL,
          created_at    timestamptz NOT NULL DEFAULT now()
        );

        CREATE TABLE pii_candidate_data (
          candidate_ref uuid        PRIMARY KEY,
          iv            bytea       NOT NULL,
          ciphertext    bytea       NOT NULL,
          tag           bytea       NOT NULL,
          created_at    timestamptz NOT NULL DEFAULT now()
        );
      `,
    },
  ],
};
