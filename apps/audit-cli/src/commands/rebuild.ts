import { PostgresEventStore, upcastingEventStore } from '@kravspar/event-store';
import {
  diffReadModels, READ_MODEL_PROJECTIONS, rebuildReadModels, type BuildTarget, type DiffReport, type ReadModelProjection,
} from '@kravspar/projections';
import { UsageError, VerificationFailed, type CliOptions, type CommandLine } from '../args';
import type { CommandContext } from '../context';
import type { AuditDatabase } from '../database';

/**
 * `rebuild <readModel|--all>`: a new version of the read models built from position 0 beside the live one,
 * then swapped in; the live projector continues it from its checkpoint (decision 009).
 */
export async function rebuild({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  const projections = chosen(words, options, 'rebuild');
  const started = performance.now();
  const report = await withTarget(context, 'rebuild', (target) => rebuildReadModels(target, projections));
  const seconds = (performance.now() - started) / 1000;
  context.print({ ...report, seconds: Number(seconds.toFixed(3)) }, () =>
    `rebuilt ${report.projections.join(', ')} from position 0 to ${report.position} in ${seconds.toFixed(1)} s` +
    `${seconds > 0 ? ` (${Math.round(report.position / seconds)} events/s)` : ''}; swapped in: ${report.tables.join(', ')} (build ${report.buildId})`,
  );
}

/** `diff <readModel|--all>`: rebuilt into a scratch schema and compared with the live tables; exit 1 when they differ. */
export async function diff({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  const projections = chosen(words, options, 'diff');
  const report = await withTarget(context, 'diff', (target) => diffReadModels(target, projections));
  context.print(report, () => describeDiff(report));
  if (!report.identical) throw new VerificationFailed('the rebuilt read models differ from the live ones');
}

async function withTarget<T>(context: CommandContext, label: string, work: (target: BuildTarget) => Promise<T>): Promise<T> {
  return context.withDatabase(async ({ pool, url, clock }: AuditDatabase) => {
    const store = upcastingEventStore(new PostgresEventStore(pool, clock));
    const bar = context.progress(label);
    try {
      return await work({ pool, databaseUrl: url, store, onProgress: (done, total) => bar.update(done, total) });
    } finally {
      bar.finish();
      await store.close();
    }
  });
}

/** The read models named (`procurements.v2`, or `procurements` for its current version), or every one with --all. */
function chosen(words: readonly string[], options: CliOptions, command: string): readonly ReadModelProjection[] {
  const known = READ_MODEL_PROJECTIONS.map((projection) => projection.name).join(', ');
  if (options.all && words.length > 0) throw new UsageError(`${command} takes read model names or --all, not both`);
  if (options.all) return READ_MODEL_PROJECTIONS;
  if (words.length === 0) throw new UsageError(`usage: ${command} <readModel>... | ${command} --all (read models: ${known})`);
  return words.map((word) => {
    const found = READ_MODEL_PROJECTIONS.find((projection) => projection.name === word || projection.name.replace(/\.v\d+$/, '') === word);
    if (!found) throw new UsageError(`unknown read model '${word}'; read models: ${known}`);
    return found;
  });
}

function describeDiff(report: DiffReport): string {
  const lines = report.projections.flatMap(({ projection, position, tables }) =>
    tables.map((t) => {
      const same = t.onlyLive === 0 && t.onlyRebuilt === 0;
      const detail = same ? 'identical' : `DIFFERENT: ${t.onlyLive} live row(s) not in the rebuild, ${t.onlyRebuilt} rebuilt row(s) not live; e.g. ${t.sampleKeys.map((key) => JSON.stringify(key)).join(' ')}`;
      return `${projection} at position ${position}  ${t.table}: ${t.liveRows} live, ${t.rebuiltRows} rebuilt — ${detail}`;
    }),
  );
  return [...lines, report.identical ? 'ok: the rebuilt read models equal the live ones' : 'the read models differ'].join('\n');
}
