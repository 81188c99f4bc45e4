import {
  checkStream, latestCheckpoint, PostgresEventStore, readSealedHashesAt, verifyLog, type VerifyReport,
} from '@kravspar/event-store';
import { expectWords, UsageError, VerificationFailed, type CommandLine } from '../args';
import { readCheckpointFiles, readPublicKey, type CommandContext } from '../context';
import { verifyExport } from '../export/verify-export';

/** `verify [--all | --stream <id>]` against the database, or `verify --export <file>` offline. */
export async function verify({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  expectWords(words, 0, 'verify [--all | --stream <id>] [--public-key <file>] | verify --export <file> --public-key <file>');
  const modes = [options.all, options.stream !== undefined, options.export !== undefined].filter(Boolean).length;
  if (modes > 1) throw new UsageError('verify takes one of --all, --stream <id> and --export <file>');
  const started = performance.now();
  const report = options.export !== undefined
    ? await verifyExportFile(options.export, context)
    : options.stream !== undefined
      ? await verifyStream(options.stream, context)
      : await verifyAll(context);
  const seconds = (performance.now() - started) / 1000;
  context.print({ ...report, seconds: Number(seconds.toFixed(3)) }, () => describe(report, seconds));
  if (!report.ok) throw new VerificationFailed(`verification failed at position ${report.firstBadPosition}`);
}

async function verifyExportFile(file: string, context: CommandContext): Promise<VerifyReport> {
  const keyFile = context.options['public-key'];
  if (!keyFile) throw new UsageError('verify --export needs --public-key <file> (the PEM from `npm run audit -- key`)');
  const publicKey = await readPublicKey(keyFile);
  const extraCheckpoints = await readCheckpointFiles(context.options.checkpoint);
  const bar = context.progress('verify export');
  try {
    return await verifyExport(file, { publicKey, extraCheckpoints, onProgress: (done, total) => bar.update(done, total) });
  } finally {
    bar.finish();
  }
}

async function verifyAll(context: CommandContext): Promise<VerifyReport> {
  const publicKey = await context.trustedKey();
  const extraCheckpoints = await readCheckpointFiles(context.options.checkpoint);
  return context.withDatabase(async ({ pool }) => {
    const bar = context.progress('verify');
    try {
      return await verifyLog(pool, { publicKeys: [publicKey], extraCheckpoints, onProgress: (done, total) => bar.update(done, total) });
    } finally {
      bar.finish();
    }
  });
}

async function verifyStream(streamId: string, context: CommandContext): Promise<VerifyReport> {
  return context.withDatabase(async ({ pool, clock }) => {
    const store = new PostgresEventStore(pool, clock);
    try {
      const events = await store.readStream(streamId);
      if (events.length === 0) throw new UsageError(`no stream ${streamId}`);
      const sealed = await readSealedHashesAt(pool, events.map((event) => event.position));
      return checkStream(events, sealed, (await latestCheckpoint(pool))?.treeSize ?? 0);
    } finally {
      await store.close();
    }
  });
}

function describe(report: VerifyReport, seconds: number): string {
  const rate = seconds > 0 ? ` (${Math.round(report.checked / seconds)} events/s)` : '';
  const counts = `${report.checked} events checked, ${report.checkpointsChecked} checkpoint${report.checkpointsChecked === 1 ? '' : 's'}, sealed up to position ${report.sealedUpTo}, in ${seconds.toFixed(2)} s${rate}`;
  if (report.ok) return `ok: ${counts}`;
  return `FAILED at position ${report.firstBadPosition}: ${report.problem} — ${report.detail}\n${counts}`;
}
