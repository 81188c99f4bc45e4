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
    `INSERT INTO procurement_timeline_v2 (procurement_id, revision, entry) VALUES ($1, $2, $3)
     ON CONFLICT (procurement_id, revision) DO NOTHING`,
    [procurementId, entry.revision, JSON.stringify(entry)],
  );
}

/**
 * Adds `flag` to the flags of the entry at `revision` (a later event, e.g. a correction, bears on it).
 * An entry that has the flag already is left alone, so applying the same event twice adds it once.
 */
export async function addTimelineFlag(db: Queryable, procurementId: string, revision: number, flag: string): Promise<void> {
  await db.query(
    `UPDATE procurement_timeline_v2
        SET entry = jsonb_set(entry, '{flags}', coalesce(entry->'flags', '[]'::jsonb) || to_jsonb($3::text))
      WHERE procurement_id = $1 AND revision = $2 AND NOT coalesce(entry->'flags', '[]'::jsonb) ? $3`,
    [procurementId, revision, flag],
  );
}

/** The timeline of one procurement in stream order; empty when there is none. */
export async function readTimeline<Entry>(db: Queryable, procurementId: string): Promise<Entry[]> {
  const result = await db.query<{ entry: Entry }>(
    'SELECT entry FROM procurement_timeline_v2 WHERE procurement_id = $1 ORDER BY revision',
    [procurementId],
  );
  return result.rows.map((row) => row.entry);
}

/**
 * The timeline projection's own memory of a procurement (what its flags need of earlier events), its
 * row locked until the transaction ends. It is kept apart from the procurement documents because the two
 * projections advance on checkpoints of their own.
 */
export async function loadTimelineStateForUpdate<State>(db: Queryable, procurementId: string): Promise<State | undefined> {
  const result = await db.query<{ state: State }>(
    'SELECT state FROM procurement_timeline_state_v2 WHERE procurement_id = $1 FOR UPDATE',
    [procurementId],
  );
  return result.rows[0]?.state;
}

/** Saves that state at `revision`; a row already at the same or a later revision is kept. */
export async function saveTimelineState(db: Queryable, procurementId: string, revision: number, state: unknown): Promise<void> {
  await db.query(
    `INSERT INTO procurement_timeline_state_v2 (procurement_id, revision, state) VALUES ($1, $2, $3)
     ON CONFLICT (procurement_id) DO UPDATE SET revision = excluded.revision, state = excluded.state
     WHERE procurement_timeline_state_v2.revision < excluded.revision`,
    [procurementId, revision, JSON.stringify(state)],
  );
}
