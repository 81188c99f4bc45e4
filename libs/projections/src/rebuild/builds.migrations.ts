import type { MigrationSet } from '@kravspar/postgres';

/**
 * `read_model_builds`: one row per rebuild or diff — which read models, the scratch schema it built in,
 * how it ended and at which global position. The rebuild hands over to the live projector through this
 * record, the projection checkpoints and the tables it moves in one transaction (decision 009).
 */
export const buildsMigrations: MigrationSet = {
  owner: 'projections',
  migrations: [
    {
      id: '001-read-model-builds',
      sql: `
        CREATE TABLE read_model_builds (
          id          bigserial   PRIMARY KEY,
          kind        text        NOT NULL CHECK (kind IN ('rebuild', 'diff')),
          projections text[]      NOT NULL,
          schema_name text        NOT NULL,
          status      text        NOT NULL CHECK (status IN ('building', 'swapped', 'compared', 'failed')),
          position    bigint      NULL,
          detail      jsonb       NULL,
          started_at  timestamptz NOT NULL DEFAULT now(),
          finished_at timestamptz NULL
        );
      `,
    },
  ],
};
