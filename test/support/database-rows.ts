import type { Pool } from 'pg';

/** Every row of every table in the public schema, as PostgreSQL prints it, by table. */
export async function everyTableAsText(pool: Pool): Promise<Record<string, string>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const text: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await pool.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
    text[name] = rows.map((r) => r.row).join('\n');
  }
  return text;
}

/** The rows of every read-model table (named `<model>_v<N>`), sorted, to compare two builds of them. */
export async function readModelRows(pool: Pool): Promise<Record<string, string[]>> {
  const { rows: tables } = await pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '_v[0-9]+$' ORDER BY 1`,
  );
  const rows: Record<string, string[]> = {};
  for (const { name } of tables) {
    const result = await pool.query<{ row: string }>(`SELECT t::text AS row FROM "${name}" t`);
    rows[name] = result.rows.map((r) => r.row).sort();
  }
  return rows;
}

/** Each projection's checkpoint. */
export async function checkpoints(pool: Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ name: string; position: string }>('SELECT name, position FROM projection_checkpoints ORDER BY name');
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.position)]));
}

/**
 * Resolves once every projection has handled the whole log: the newest checkpoint is at the head and no
 * checkpoint moved for a while (a projection whose filter passes over the last events stops below it).
 */
export async function projectionsSettled(pool: Pool, withinMs = 20_000): Promise<Record<string, number>> {
  const deadline = Date.now() + withinMs;
  let last = JSON.stringify(await checkpoints(pool));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await checkpoints(pool);
    const { rows } = await pool.query<{ head: string }>('SELECT coalesce(max(position), 0) AS head FROM events');
    if (JSON.stringify(now) === last && Math.max(...Object.values(now)) === Number(rows[0].head)) return now;
    if (Date.now() > deadline) throw new Error(`projections did not settle within ${withinMs} ms: ${JSON.stringify(now)}`);
    last = JSON.stringify(now);
  }
}

/**
 * Resolves once each of `names` has applied the head of the log (their filters must pass the last event),
 * then once all settle: a batch applied in one transaction can keep a checkpoint still for longer than
 * `projectionsSettled` waits on its own.
 */
export async function projectionsAtHead(pool: Pool, names: readonly string[], withinMs = 20_000): Promise<Record<string, number>> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { rows } = await pool.query<{ behind: string[] }>(
      `SELECT coalesce(array_agg(n.name), '{}') AS behind FROM unnest($1::text[]) AS n(name)
         LEFT JOIN projection_checkpoints c USING (name)
        WHERE coalesce(c.position, 0) < (SELECT coalesce(max(position), 0) FROM events)`,
      [names],
    );
    if (rows[0].behind.length === 0) return projectionsSettled(pool, Math.max(1_000, deadline - Date.now()));
    if (Date.now() > deadline) throw new Error(`${rows[0].behind.join(', ')} did not reach the head within ${withinMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
