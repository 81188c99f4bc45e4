import type { PoolClient } from 'pg';

const SAMPLES = 5;

/** How one table of the live version differs from the rebuilt one. */
export interface TableDifference {
  readonly table: string;
  readonly liveRows: number;
  readonly rebuiltRows: number;
  /** Rows (whole, all columns) only in the live table: missing from the rebuild, or different there. */
  readonly onlyLive: number;
  /** Rows only in the rebuilt table. */
  readonly onlyRebuilt: number;
  /** Primary keys of a few differing rows, to look them up. */
  readonly sampleKeys: readonly Record<string, unknown>[];
}

/**
 * Compares a table row by row, every column, between the live schema and the scratch one: rows present in
 * one and not the other, both ways (SQL EXCEPT), so a changed row counts on each side.
 */
export async function compareTable(client: PoolClient, table: string, live: string, scratch: string): Promise<TableDifference> {
  const liveTable = `"${live}".${table}`;
  const rebuiltTable = `${scratch}.${table}`;
  const key = await primaryKey(client, liveTable);
  const keyList = key.map((column) => `"${column}"`).join(', ');
  const { rows } = await client.query<{ live_rows: number; rebuilt_rows: number; only_live: number; only_rebuilt: number }>(
    `SELECT (SELECT count(*) FROM ${liveTable})::int AS live_rows,
            (SELECT count(*) FROM ${rebuiltTable})::int AS rebuilt_rows,
            (SELECT count(*) FROM (SELECT * FROM ${liveTable} EXCEPT ALL SELECT * FROM ${rebuiltTable}) d)::int AS only_live,
            (SELECT count(*) FROM (SELECT * FROM ${rebuiltTable} EXCEPT ALL SELECT * FROM ${liveTable}) d)::int AS only_rebuilt`,
  );
  const counts = rows[0];
  const sampleKeys =
    counts.only_live + counts.only_rebuilt === 0
      ? []
      : (
          await client.query<Record<string, unknown>>(
            `SELECT DISTINCT ${keyList} FROM (
               (SELECT * FROM ${liveTable} EXCEPT ALL SELECT * FROM ${rebuiltTable})
               UNION ALL (SELECT * FROM ${rebuiltTable} EXCEPT ALL SELECT * FROM ${liveTable})) d
             ORDER BY ${keyList} LIMIT ${SAMPLES}`,
          )
        ).rows;
  return { table, liveRows: counts.live_rows, rebuiltRows: counts.rebuilt_rows, onlyLive: counts.only_live, onlyRebuilt: counts.only_rebuilt, sampleKeys };
}

async function primaryKey(client: PoolClient, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
    [table],
  );
  if (rows.length === 0) throw new Error(`${table} has no primary key to name differing rows by`);
  return rows.map((row) => row.name);
}
