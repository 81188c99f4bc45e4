import type { KeyObject } from 'node:crypto';
import type { RecordedEvent } from '../event-store.port';
import type { SignedCheckpoint } from './checkpoint-signing';
import { listCheckpoints, readSealedHashes, type Queryable } from './checkpoint-store';
import { LogChecker } from './log-checker';
import { readEventRange, readHeadPosition } from './log-reads';
import type { VerifyReport } from './verify-report';

export interface VerifyLogOptions {
  readonly publicKeys: readonly KeyObject[];
  /** Checkpoints kept outside the database (e.g. fetched from GET /audit/checkpoints/latest), held against it too. */
  readonly extraCheckpoints?: readonly SignedCheckpoint[];
  /** Positions per query; the log is read in ranges of this size. Default 5000. */
  readonly batchSize?: number;
  /** After each range: positions read so far and the end position. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface Range {
  readonly upTo: number;
  readonly sealed: Map<number, string>;
  readonly events: RecordedEvent[];
}

/**
 * Verifies the PostgreSQL event log from position 1 to its head (or to the largest checkpoint, if a
 * truncated head lies below it): see `LogChecker`. Reads ranges of positions rather than pages of rows,
 * so a missing position shows up as one, and asks for the next range before checking the current one, so
 * the database reads while the hashes are computed. Events appended while it runs, past the head read
 * first, wait for the next run. Pass a client inside a transaction to verify what that transaction sees.
 */
export async function verifyLog(db: Queryable, options: VerifyLogOptions): Promise<VerifyReport> {
  const batchSize = options.batchSize ?? 5000;
  const head = await readHeadPosition(db);
  const checkpoints = [...(await listCheckpoints(db)), ...(options.extraCheckpoints ?? [])];
  const end = Math.max(head, ...checkpoints.map((c) => c.treeSize));
  const checker = new LogChecker({ checkpoints, publicKeys: options.publicKeys });
  const read = async (after: number): Promise<Range> => {
    const upTo = Math.min(after + batchSize, end);
    const [sealed, events] = await Promise.all([readSealedHashes(db, after, upTo), readEventRange(db, after, upTo)]);
    return { upTo, sealed, events };
  };
  // A range read ahead is awaited in the next round; if checking throws first, its failure is moot.
  const ahead = (after: number): Promise<Range> => {
    const range = read(after);
    range.catch(() => undefined);
    return range;
  };
  let next: Promise<Range> | undefined = end > 0 ? ahead(0) : undefined;
  while (next) {
    const range: Range = await next;
    next = range.upTo < end ? ahead(range.upTo) : undefined;
    for (const position of [...range.sealed.keys()].sort((a, b) => a - b)) checker.sealed(position, range.sealed.get(position)!);
    for (const event of range.events) checker.event(event);
    options.onProgress?.(range.upTo, end);
  }
  return checker.finish(end);
}
