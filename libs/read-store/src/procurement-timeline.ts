import type { Queryable } from './queryable';

/**
 * Stores one timeline entry of a procurement. An entry already stored for that revision is kept as it is,
 * so a redelivered event adds nothing.
 */
export async function insertTimelineEntry<Entry extends { readonly revision: number }>(
  db: Queryable,
  procurementId: string,
  entry: Entry,
): Promise<void> {
  await db.query(
    `INSERT INTO procurement_timeline_v1 (procurement_id, revision, entry) VALUES ($1, $2, $3)
     ON CONFLICT (procurement_id, revision) DO NOTHING`,
    [procurementId, entry.revision, JSON.stringify(entry)],
  );
}

/** The timeline of one procurement in stream order; empty when there is none. */
export async function readTimeline<Entry>(db: Queryable, procurementId: string): Promise<Entry[]> {
  const result = await db.query<{ entry: Entry }>(
    'SELECT entry FROM procurement_timeline_v1 WHERE procurement_id = $1 ORDER BY revision',
    [procurementId],
  );
  return result.rows.map((row) => row.entry);
}
