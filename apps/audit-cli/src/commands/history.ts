import { PostgresEventStore, type RecordedEvent } from '@kravspar/event-store';
import { expectWords, parseAsOf, UsageError, type CommandLine } from '../args';
import type { CommandContext } from '../context';

/** `history <streamId> [--as-of <time|revision>]`: the raw events with their integrity fields. */
export async function history({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  const [streamId] = expectWords(words, 1, 'history <streamId> [--as-of <time|revision>]');
  const asOf = parseAsOf(options['as-of']);
  const events = await context.withDatabase(async ({ pool, clock }) => {
    const store = new PostgresEventStore(pool, clock);
    try {
      return await store.readStream(streamId, asOf);
    } finally {
      await store.close();
    }
  });
  if (events.length === 0 && asOf.toRevision === undefined && asOf.recordedAtOrBefore === undefined) {
    throw new UsageError(`no stream ${streamId}`);
  }
  context.print({ streamId, asOf: options['as-of'] ?? null, events }, () => describe(streamId, options['as-of'], events));
}

function describe(streamId: string, asOf: string | undefined, events: readonly RecordedEvent[]): string {
  const rows = events.map((e) =>
    [String(e.position).padStart(8), String(e.revision).padStart(5), e.type.padEnd(30), e.metadata.recordedAt.padEnd(25), e.metadata.hash.slice(0, 16), e.metadata.prevHash.slice(0, 16)].join('  '),
  );
  const heading = `${streamId}: ${events.length} event${events.length === 1 ? '' : 's'}${asOf ? ` as of ${asOf}` : ''}`;
  const columns = ['position'.padStart(8), 'rev'.padStart(5), 'type'.padEnd(30), 'recordedAt'.padEnd(25), 'hash'.padEnd(16), 'prevHash'].join('  ');
  return [heading, columns, ...rows].join('\n');
}
