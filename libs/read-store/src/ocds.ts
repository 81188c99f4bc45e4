import type { MigrationSet } from '@kravspar/postgres';
import type { Queryable } from './queryable';

/**
 * The OCDS read model, version 1: each contracting process's fold (`ocds_processes_v1`), the link from its
 * contract and commitment streams to it (`ocds_stream_links_v1`), and the releases it made
 * (`ocds_releases_v1`, public data only). A migration set of its own, versioned apart from the others.
 */
export const ocdsMigrations: MigrationSet = {
  owner: 'read-store.ocds',
  migrations: [
    {
      id: '001-ocds-v1',
      sql: `
        CREATE TABLE ocds_processes_v1 (
          procurement_id text   PRIMARY KEY,
          position       bigint NOT NULL,
          document       jsonb  NOT NULL
        );
        CREATE TABLE ocds_stream_links_v1 (
          stream_id      text PRIMARY KEY,
          procurement_id text NOT NULL
        );
        CREATE TABLE ocds_releases_v1 (
          procurement_id text        NOT NULL,
          release_id     text        NOT NULL,
          position       bigint      NOT NULL,
          recorded_at    timestamptz NOT NULL,
          release        jsonb       NOT NULL,
          PRIMARY KEY (procurement_id, release_id)
        );
        CREATE INDEX ocds_releases_v1_position ON ocds_releases_v1 (position);
        CREATE INDEX ocds_releases_v1_recorded_at ON ocds_releases_v1 (recorded_at);
      `,
    },
  ],
};

/** The procurement a contract or commitment stream belongs to, as its opening event named it. */
export async function findOcdsStreamLink(db: Queryable, streamId: string): Promise<string | undefined> {
  const result = await db.query<{ procurement_id: string }>('SELECT procurement_id FROM ocds_stream_links_v1 WHERE stream_id = $1', [streamId]);
  return result.rows[0]?.procurement_id;
}

/** Keeps the first link of a stream: it is named once, by the stream's opening event. */
export async function saveOcdsStreamLink(db: Queryable, streamId: string, procurementId: string): Promise<void> {
  await db.query('INSERT INTO ocds_stream_links_v1 (stream_id, procurement_id) VALUES ($1, $2) ON CONFLICT (stream_id) DO NOTHING', [streamId, procurementId]);
}

export async function loadOcdsProcessForUpdate<Document>(db: Queryable, procurementId: string): Promise<Document | undefined> {
  const result = await db.query<{ document: Document }>('SELECT document FROM ocds_processes_v1 WHERE procurement_id = $1 FOR UPDATE', [procurementId]);
  return result.rows[0]?.document;
}

/** Inserts or replaces the process; a row already at the same or a later position is kept. */
export async function saveOcdsProcess(db: Queryable, process: { procurementId: string; position: number; document: unknown }): Promise<void> {
  await db.query(
    `INSERT INTO ocds_processes_v1 (procurement_id, position, document) VALUES ($1, $2, $3)
     ON CONFLICT (procurement_id) DO UPDATE SET position = EXCLUDED.position, document = EXCLUDED.document
     WHERE ocds_processes_v1.position < EXCLUDED.position`,
    [process.procurementId, process.position, JSON.stringify(process.document)],
  );
}

/** A release as stored: its `ocid` is the bare procurement id; query-api publishes it under the prefix. */
export interface StoredOcdsRelease<Release = unknown> {
  readonly procurementId: string;
  readonly releaseId: string;
  readonly position: number;
  readonly recordedAt: string;
  readonly release: Release;
}

/** One row per release id of a process: a redelivered event adds nothing. */
export async function insertOcdsRelease(db: Queryable, row: StoredOcdsRelease): Promise<void> {
  await db.query(
    `INSERT INTO ocds_releases_v1 (procurement_id, release_id, position, recorded_at, release) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (procurement_id, release_id) DO NOTHING`,
    [row.procurementId, row.releaseId, row.position, row.recordedAt, JSON.stringify(row.release)],
  );
}

/**
 * A page of releases in log order, optionally those recorded at or after `since`, with the total, and the
 * latest recorded time among all of them (a package's `publishedDate` on demand).
 */
export async function listOcdsReleases<Release>(
  db: Queryable,
  filter: { since?: string; page: number; pageSize: number },
): Promise<{ releases: Release[]; total: number; latestRecordedAt?: string }> {
  const where = filter.since === undefined ? '' : 'WHERE recorded_at >= $3';
  const params: unknown[] = [filter.pageSize, (filter.page - 1) * filter.pageSize, ...(filter.since === undefined ? [] : [filter.since])];
  const [page, totals] = await Promise.all([
    db.query<{ release: Release }>(`SELECT release FROM ocds_releases_v1 ${where} ORDER BY position, release_id LIMIT $1 OFFSET $2`, params),
    db.query<{ total: number; latest: Date | null }>(`SELECT count(*)::int AS total, max(recorded_at) AS latest FROM ocds_releases_v1 ${where.replace('$3', '$1')}`, params.slice(2)),
  ]);
  const latest = totals.rows[0].latest;
  return { releases: page.rows.map((row) => row.release), total: totals.rows[0].total, ...(latest ? { latestRecordedAt: latest.toISOString() } : {}) };
}

/** Every release of one process, in log order (empty for an unknown one). */
export async function findOcdsReleases<Release>(db: Queryable, procurementId: string): Promise<{ releases: Release[]; latestRecordedAt?: string }> {
  const result = await db.query<{ release: Release; recorded_at: Date }>(
    'SELECT release, recorded_at FROM ocds_releases_v1 WHERE procurement_id = $1 ORDER BY position, release_id',
    [procurementId],
  );
  const latest = result.rows.reduce<Date | undefined>((max, row) => (max && max > row.recorded_at ? max : row.recorded_at), undefined);
  return { releases: result.rows.map((row) => row.release), ...(latest ? { latestRecordedAt: latest.toISOString() } : {}) };
}
