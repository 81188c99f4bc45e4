import { createPublicKey } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Clock } from '@kravspar/clock';
import { GENESIS_HASH } from '../integrity';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from '../postgres/event-rows';
import { publicKeyPem, verifyCheckpointSignature, type CheckpointSigner } from './checkpoint-signing';
import { findCheckpoint, latestCheckpoint, type StoredCheckpoint } from './checkpoint-store';
import { logLeafHash } from './log-leaf';
import { readHeadPosition } from './log-reads';
import { MerkleAccumulator } from './merkle';
import { storedEventHash } from './stored-event-hash';

// One sealer at a time across processes (projector replicas, the CLI); a busy lock means "someone is on it".
const SEAL_LOCK = 'kravspar.audit.seal';

export interface SealOutcome {
  /** The checkpoint sealed now, or the latest one when there was nothing new to seal. */
  readonly checkpoint?: StoredCheckpoint;
  readonly sealed: boolean;
  /** Why nothing was sealed. */
  readonly reason?: string;
}

/** The new events do not check out: a checkpoint must never vouch for a broken log. */
export class SealRefusedError extends Error {
  constructor(readonly position: number, problem: string) {
    super(`no checkpoint sealed: position ${position}: ${problem}`);
    this.name = 'SealRefusedError';
  }
}

/**
 * Seals the events appended since the latest checkpoint: checks each (contiguous position, hash, chain to
 * its predecessor wherever that lies), stores the sealed hashes, and signs the root of the whole log's
 * tree, continued from the previous checkpoint's frontier. One REPEATABLE READ transaction, so what is
 * checked, stored and signed is one snapshot.
 */
export async function sealCheckpoint(pool: Pool, signer: CheckpointSigner, clock: Clock, batchSize = 5000): Promise<SealOutcome> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [SEAL_LOCK]);
    const last = await latestCheckpoint(client);
    const head = await readHeadPosition(client);
    const reason = !rows[0].locked ? 'another process is sealing' : head <= (last?.treeSize ?? 0) ? 'no event since the latest checkpoint' : undefined;
    if (reason) {
      await client.query('ROLLBACK');
      return { sealed: false, checkpoint: last, reason };
    }
    const tree = continueTree(last);
    for (let after = tree.size; after < head; after += batchSize) {
      await sealRange(client, tree, after, Math.min(after + batchSize, head));
    }
    const signedAt = (await clock.now()).toISOString();
    const root = tree.root().toString('hex');
    const signature = signer.sign({ treeSize: head, root, signedAt });
    const inserted = await client.query<{ id: number }>(
      `INSERT INTO checkpoints (tree_size, root, signed_at, key_id, public_key, signature, frontier)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [head, root, signedAt, signer.keyId, publicKeyPem(signer.publicKey), signature, Buffer.concat(tree.frontier())],
    );
    const checkpoint = await findCheckpoint(client, Number(inserted.rows[0].id));
    await client.query('COMMIT');
    return { sealed: true, checkpoint };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The tree as the latest checkpoint left it, once its frontier and signature check out. */
function continueTree(last: StoredCheckpoint | undefined): MerkleAccumulator {
  if (!last) return new MerkleAccumulator();
  const tree = MerkleAccumulator.fromFrontier(last.treeSize, last.frontier);
  if (tree.root().toString('hex') !== last.root || !verifyCheckpointSignature(last, createPublicKey(last.publicKey))) {
    throw new SealRefusedError(last.treeSize, `checkpoint ${last.id} does not check out (frontier, root or signature altered)`);
  }
  return tree;
}

/** Checks and seals positions (after, upTo]; each event's predecessor in its stream comes from a join. */
async function sealRange(client: PoolClient, tree: MerkleAccumulator, after: number, upTo: number): Promise<void> {
  const { rows } = await client.query<EventRow & { pred_hash: string | null; pred_position: number | null }>(
    `SELECT ${EVENT_COLUMNS.split(', ').map((c) => `e.${c}`).join(', ')}, p.hash AS pred_hash, p.position AS pred_position
       FROM events e LEFT JOIN events p ON p.stream_id = e.stream_id AND p.revision = e.revision - 1
      WHERE e.position > $1 AND e.position <= $2 ORDER BY e.position`,
    [after, upTo],
  );
  const positions: number[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    const event = toRecordedEvent(row);
    const position = tree.size + 1;
    const prevHash = event.revision === 0 ? GENESIS_HASH : row.pred_hash;
    if (event.position !== position) throw new SealRefusedError(position, 'missing from the log');
    if (storedEventHash(event) !== event.metadata.hash) throw new SealRefusedError(position, 'its content does not hash to its hash');
    if (event.metadata.prevHash !== prevHash || (row.pred_position !== null && Number(row.pred_position) > position)) {
      throw new SealRefusedError(position, 'its prevHash does not chain to the revision before it');
    }
    tree.push(logLeafHash(position, event.metadata.hash));
    positions.push(position);
    hashes.push(event.metadata.hash);
  }
  if (tree.size !== upTo) throw new SealRefusedError(tree.size + 1, 'missing from the log');
  await client.query('INSERT INTO checkpoint_leaves (position, hash) SELECT * FROM unnest($1::bigint[], $2::text[])', [positions, hashes]);
}
