import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Pool } from 'pg';
import { frontierAt, listCheckpoints, publishedCheckpoint, readEventRange, readHeadPosition, readSealedHashes } from '@kravspar/event-store';
import { EXPORT_FORMAT, type ExportLine } from './export-format';

export interface ExportSummary {
  readonly file: string;
  readonly since: number;
  readonly head: number;
  readonly events: number;
  readonly checkpoints: number;
  readonly keyId: string;
}

export interface ExportOptions {
  readonly since: number;
  readonly keyId: string;
  readonly exportedAt: string;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Writes the log after `since` to `file` in the export format, from one REPEATABLE READ snapshot, so a
 * seal or append during the export cannot leave it half in: the file is the log as of one instant.
 */
export async function writeExport(pool: Pool, file: string, options: ExportOptions): Promise<ExportSummary> {
  const { since, keyId, exportedAt, batchSize = 5000 } = options;
  const client = await pool.connect();
  const out = createWriteStream(file, { encoding: 'utf8' });
  const finished = once(out, 'finish');
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const head = await readHeadPosition(client);
    if (since > head) throw new RangeError(`--since ${since} lies beyond the head of the log (${head})`);
    const checkpoints = (await listCheckpoints(client, since + 1)).map(publishedCheckpoint);
    await write(out, { kind: 'header', format: EXPORT_FORMAT, exportedAt, since, head, keyId });
    for (const { publicKey: _key, ...checkpoint } of checkpoints) await write(out, { kind: 'checkpoint', ...checkpoint });
    if (since > 0) {
      const hashes = (await frontierAt(client, since)).map((hash) => hash.toString('hex'));
      await write(out, { kind: 'frontier', treeSize: since, hashes });
    }
    let events = 0;
    for (let after = since; after < head; after += batchSize) {
      const upTo = Math.min(after + batchSize, head);
      const sealed = await readSealedHashes(client, after, upTo);
      const positions = [...sealed.keys()].sort((a, b) => a - b);
      if (positions.length > 0) await write(out, { kind: 'sealed', from: positions[0], hashes: positions.map((p) => sealed.get(p)!) });
      for (const { position, streamId, revision, type, data, metadata } of await readEventRange(client, after, upTo)) {
        await write(out, { kind: 'event', position, streamId, revision, type, data, metadata });
        events++;
      }
      options.onProgress?.(upTo - since, head - since);
    }
    await client.query('COMMIT');
    out.end();
    await finished;
    return { file, since, head, events, checkpoints: checkpoints.length, keyId };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    out.destroy();
    throw error;
  } finally {
    client.release();
  }
}

async function write(out: WriteStream, line: ExportLine): Promise<void> {
  if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
}
