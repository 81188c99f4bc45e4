import { foldStreamState, streamCategoryOf, type StreamState } from '@kravspar/domain';
import { PostgresEventStore, upcastingEventStore } from '@kravspar/event-store';
import { expectWords, parseAsOf, UsageError, type CommandLine } from '../args';
import type { CommandContext } from '../context';

const USAGE = 'state <streamId> [--as-of <time>]';

/**
 * `state <streamId> [--as-of <time>]`: the stream folded by its decider from the events recorded up to that
 * time (upcast, as the write path reads them), with each event's business time beside its recorded time.
 */
export async function state({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  const [streamId] = expectWords(words, 1, USAGE);
  const asOf = parseAsOf(options['as-of']);
  if (asOf.toRevision !== undefined) throw new UsageError(`state --as-of takes a recorded time (ISO 8601 with a zone); for revisions use history`);
  if (streamCategoryOf(streamId) === undefined) throw new UsageError(`${streamId} is no procurement-, contract-, commitment- or referral- stream`);
  const events = await context.withDatabase(async ({ pool, clock }) => {
    const store = upcastingEventStore(new PostgresEventStore(pool, clock));
    try {
      if ((await store.readStream(streamId, { maxCount: 1 })).length === 0) throw new UsageError(`no stream ${streamId}`);
      return await store.readStream(streamId, asOf);
    } finally {
      await store.close();
    }
  });
  const folded = foldStreamState(streamId, events)!;
  context.print({ streamId, asOf: options['as-of'] ?? null, ...folded }, () => describe(streamId, options['as-of'], folded));
}

function describe(streamId: string, asOf: string | undefined, folded: StreamState): string {
  const heading = `${streamId} at revision ${folded.revision}${asOf ? ` as known at ${asOf}` : ''}`;
  const columns = ['rev'.padStart(5), 'type'.padEnd(30), 'occurredAt (business)'.padEnd(25), 'recordedAt'].join('  ');
  const rows = folded.events.map((e) => [String(e.revision).padStart(5), e.type.padEnd(30), e.occurredAt.padEnd(25), e.recordedAt].join('  '));
  return [heading, '', 'state:', JSON.stringify(folded.state, null, 2), '', columns, ...rows].join('\n');
}
