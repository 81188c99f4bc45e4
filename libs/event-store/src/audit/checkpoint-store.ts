import type { QueryResult, QueryResultRow } from 'pg';
import type { SignedCheckpoint } from './checkpoint-signing';

/** A pool, or a client inside a transaction (a seal; a test that tampers and rolls back). */
export interface Queryable {
  query<Row extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
}

/** A checkpoint as stored: the signed fields, the signer's public key (PEM) and the tree's frontier. */
export interface StoredCheckpoint extends SignedCheckpoint {
  readonly publicKey: string;
  readonly frontier: Buffer[];
}

interface CheckpointRow {
  id: number;
  tree_size: number;
  root: string;
  signed_at: Date;
  key_id: string;
  public_key: string;
  signature: string;
  frontier: Buffer;
}

const COLUMNS = 'id, tree_size, root, signed_at, key_id, public_key, signature, frontier';

function toCheckpoint(row: CheckpointRow): StoredCheckpoint {
  const frontier: Buffer[] = [];
  for (let offset = 0; offset < row.frontier.length; offset += 32) frontier.push(row.frontier.subarray(offset, offset + 32));
  return {
    id: Number(row.id),
    treeSize: Number(row.tree_size),
    root: row.root,
    signedAt: row.signed_at.toISOString(),
    keyId: row.key_id,
    publicKey: row.public_key,
    signature: row.signature,
    frontier,
  };
}

/** Every checkpoint in the order sealed (by id), optionally only those sealing at least `minTreeSize`. */
export async function listCheckpoints(db: Queryable, minTreeSize = 0): Promise<StoredCheckpoint[]> {
  const { rows } = await db.query<CheckpointRow>(
    `SELECT ${COLUMNS} FROM checkpoints WHERE tree_size >= $1 ORDER BY id`,
    [minTreeSize],
  );
  return rows.map(toCheckpoint);
}

export async function latestCheckpoint(db: Queryable): Promise<StoredCheckpoint | undefined> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${COLUMNS} FROM checkpoints ORDER BY id DESC LIMIT 1`);
  return rows[0] && toCheckpoint(rows[0]);
}

export async function findCheckpoint(db: Queryable, id: number): Promise<StoredCheckpoint | undefined> {
  const { rows } = await db.query<CheckpointRow>(`SELECT ${COLUMNS} FROM checkpoints WHERE id = $1`, [id]);
  return rows[0] && toCheckpoint(rows[0]);
}

/** The sealed event hashes of positions (after, upTo], by position. */
export async function readSealedHashes(db: Queryable, after: number, upTo: number): Promise<Map<number, string>> {
  const { rows } = await db.query<{ position: number; hash: string }>(
    'SELECT position, hash FROM checkpoint_leaves WHERE position > $1 AND position <= $2',
    [after, upTo],
  );
  return new Map(rows.map((row) => [Number(row.position), row.hash]));
}

/** The checkpoint without what only the database needs: what the export and the HTTP route publish. */
export function publishedCheckpoint({ frontier: _frontier, ...checkpoint }: StoredCheckpoint): Omit<StoredCheckpoint, 'frontier'> {
  return checkpoint;
}

/** The sealed event hashes of the given positions (those sealed), by position. */
export async function readSealedHashesAt(db: Queryable, positions: readonly number[]): Promise<Map<number, string>> {
  const { rows } = await db.query<{ position: number; hash: string }>(
    'SELECT position, hash FROM checkpoint_leaves WHERE position = ANY ($1::bigint[])',
    [positions],
  );
  return new Map(rows.map((row) => [Number(row.position), row.hash]));
}
