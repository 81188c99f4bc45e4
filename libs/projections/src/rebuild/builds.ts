import type { Pool, PoolClient } from 'pg';

type Db = Pool | PoolClient;

/** Records a build starting; its scratch schema is named after its id (`read_model_rebuild_7`). */
export async function startBuild(db: Db, kind: 'rebuild' | 'diff', projections: readonly string[]): Promise<{ id: number; schema: string }> {
  const { rows } = await db.query<{ id: string | number }>(`SELECT nextval(pg_get_serial_sequence('read_model_builds', 'id')) AS id`);
  const id = Number(rows[0].id);
  const schema = `read_model_${kind}_${id}`;
  await db.query(`INSERT INTO read_model_builds (id, kind, projections, schema_name, status) VALUES ($1, $2, $3, $4, 'building')`, [id, kind, projections, schema]);
  return { id, schema };
}

export async function finishBuild(db: Db, id: number, status: 'swapped' | 'compared' | 'failed', position: number | null, detail: unknown): Promise<void> {
  await db.query(
    `UPDATE read_model_builds SET status = $2, position = $3, detail = $4, finished_at = now() WHERE id = $1`,
    [id, status, position, detail === undefined ? null : JSON.stringify(detail)],
  );
}

/** The live schema: where the apps' unqualified table names resolve (normally `public`). */
export async function liveSchema(db: Db): Promise<string> {
  return (await db.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0].schema;
}
