import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { KeyObject } from 'node:crypto';
import { LogChecker, type RecordedEvent, type SignedCheckpoint, type VerifyReport } from '@kravspar/event-store';
import { UsageError } from '../args';
import { EXPORT_FORMAT, type ExportHeader, type ExportLine } from './export-format';

export interface ExportVerifyOptions {
  readonly publicKey: KeyObject;
  /** Checkpoints the auditor kept apart from the file; held against it as well. */
  readonly extraCheckpoints?: readonly SignedCheckpoint[];
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Verifies an export offline, with only the public key: a first pass collects the header, every
 * checkpoint line (wherever it stands) and the frontier; a second streams the sealed hashes and events
 * through the same `LogChecker` as the database verification. A line that is not JSON counts as a
 * modified event at the next expected position.
 */
export async function verifyExport(file: string, options: ExportVerifyOptions): Promise<VerifyReport & { keyId: string }> {
  const { header, checkpoints, frontier, events } = await survey(file);
  const all = [...checkpoints, ...(options.extraCheckpoints ?? [])];
  const checker = new LogChecker({
    checkpoints: all,
    publicKeys: [options.publicKey],
    start: header.since > 0 ? { after: header.since, frontier: frontier ?? [] } : undefined,
  });
  let done = 0;
  for await (const line of lines(file)) {
    if (line === undefined) {
      checker.unreadable('a line of the export is not JSON');
    } else if (line.kind === 'sealed') {
      line.hashes.forEach((hash, index) => checker.sealed(line.from + index, hash));
    } else if (line.kind === 'event') {
      const { kind: _kind, ...event } = line;
      if (isWellFormed(event)) checker.event(event);
      else checker.unreadable(`the event line of position ${String(event.position)} lacks fields of an event`);
      if (++done % 5000 === 0) options.onProgress?.(done, events);
    }
  }
  options.onProgress?.(done, events);
  const end = Math.max(header.head, ...all.map((c) => c.treeSize));
  return { ...checker.finish(end), keyId: header.keyId };
}

/** Enough of an event's shape to hash it; a line stripped of fields must not crash the check. */
function isWellFormed(event: RecordedEvent): boolean {
  const { position, streamId, revision, type, data, metadata } = event as Partial<RecordedEvent>;
  return Number.isSafeInteger(position) && typeof streamId === 'string' && Number.isSafeInteger(revision) && typeof type === 'string'
    && typeof data === 'object' && data !== null && typeof metadata?.hash === 'string' && typeof metadata.prevHash === 'string';
}

async function survey(file: string) {
  let header: ExportHeader | undefined;
  let frontier: Buffer[] | undefined;
  const checkpoints: SignedCheckpoint[] = [];
  let events = 0;
  for await (const line of lines(file)) {
    if (line?.kind === 'header') header ??= line;
    else if (line?.kind === 'checkpoint') checkpoints.push(line);
    else if (line?.kind === 'frontier') frontier = line.hashes.map((hash) => Buffer.from(hash, 'hex'));
    else if (line?.kind === 'event') events++;
  }
  if (header?.format !== EXPORT_FORMAT) throw new UsageError(`${file} is not a Kravspår audit export (${EXPORT_FORMAT})`);
  if (header.since > 0 && !frontier) throw new UsageError(`${file} starts after position ${header.since} but carries no frontier`);
  return { header, checkpoints, frontier, events };
}

/** The file's lines parsed; `undefined` for a line that is not JSON. Blank lines are skipped. */
async function* lines(file: string): AsyncGenerator<ExportLine | undefined> {
  const reader = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of reader) {
    if (text.trim() === '') continue;
    try {
      yield JSON.parse(text) as ExportLine;
    } catch {
      yield undefined;
    }
  }
}
