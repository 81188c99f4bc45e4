import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Pool } from 'pg';
import { readEventRange, readHeadPosition } from '@kravspar/event-store';
import { OcdsLogFold, releasePackage, type OcdsReleaseEntry } from '@kravspar/read-models';
import { expectWords, UsageError, type CommandLine } from '../args';
import type { CommandContext } from '../context';

const BATCH = 5000;

/**
 * `export-ocds [--since <time>] [--out <file>]`: an OCDS 1.1 release package folded from the event log
 * itself with the projection query-api serves (`projectOcds`), so it does not depend on the projector
 * having caught up. `--since` keeps the releases recorded at or after a time. Without `--out` the package
 * goes to stdout.
 */
export async function exportOcds({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  expectWords(words, 0, 'export-ocds [--since <time>] [--out <file>]');
  const since = recordedTime(options.since);
  const bar = context.progress('export-ocds');
  const { entries, events, exportedAt } = await context
    .withDatabase(async ({ pool, clock }) => ({
      ...(await foldLog(pool, (done, total) => bar.update(done, total))),
      exportedAt: (await clock.now()).toISOString(),
    }))
    .finally(() => bar.finish());
  const releases = entries.filter((entry) => since === undefined || Date.parse(entry.recordedAt) >= since);
  const file = options.out ? path.resolve(options.out) : undefined;
  const { OCDS_OCID_PREFIX: ocidPrefix, OCDS_PUBLISHER_NAME: publisherName } = context.settings;
  const latest = releases.reduce<string | undefined>((max, entry) => (max && Date.parse(max) >= Date.parse(entry.recordedAt) ? max : entry.recordedAt), undefined);
  const uri = file ? pathToFileURL(file).href : `urn:kravspar:ocds-export:${exportedAt}`;
  const pkg = releasePackage(releases.map((entry) => entry.release), { uri, publisherName, ocidPrefix, publishedDate: latest ?? exportedAt });
  if (!file) {
    process.stdout.write(`${JSON.stringify(pkg, null, 2)}\n`);
    return;
  }
  await writeFile(file, `${JSON.stringify(pkg, null, 2)}\n`);
  const processes = new Set(releases.map((entry) => entry.procurementId)).size;
  const summary = { file, since: options.since ?? null, events, releases: releases.length, processes, ocidPrefix };
  context.print(summary, () => `exported ${releases.length} OCDS release${releases.length === 1 ? '' : 's'} of ${processes} contracting process${processes === 1 ? '' : 'es'} (from ${events} events) to ${file}`);
}

/** Folds the whole log in position order, a batch at a time, from one read-only snapshot. */
async function foldLog(pool: Pool, onProgress: (done: number, total: number) => void): Promise<{ entries: OcdsReleaseEntry[]; events: number }> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const head = await readHeadPosition(client);
    const fold = new OcdsLogFold();
    const entries: OcdsReleaseEntry[] = [];
    let events = 0;
    for (let after = 0; after < head; after += BATCH) {
      const upTo = Math.min(after + BATCH, head);
      for (const event of await readEventRange(client, after, upTo)) {
        const entry = fold.apply(event);
        if (entry) entries.push(entry);
        events++;
      }
      onProgress(upTo, head);
    }
    await client.query('COMMIT');
    return { entries, events };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** `--since`: a recorded time, ISO 8601 with a zone; its epoch milliseconds. */
function recordedTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--since must be an ISO 8601 time with a zone (e.g. 2026-03-02T10:00:00+01:00), not '${value}'`);
  }
  return Date.parse(value);
}
