import { writeFile } from 'node:fs/promises';
import { publicKeyPem, resolveCheckpointSigner } from '@kravspar/event-store';
import { expectWords, nonNegativeInteger, UsageError, type CommandLine } from '../args';
import type { CommandContext } from '../context';
import { writeExport } from '../export/write-export';

/** `export [--since <position>] --out <file>`. */
export async function exportLog({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  expectWords(words, 0, 'export [--since <position>] --out <file>');
  if (!options.out) throw new UsageError('export needs --out <file>');
  const since = options.since === undefined ? 0 : nonNegativeInteger(options.since, '--since');
  const { keyId } = await resolveCheckpointSigner(context.settings);
  const summary = await context.withDatabase(async ({ pool, clock }) => {
    const bar = context.progress('export');
    try {
      const exportedAt = (await clock.now()).toISOString();
      return await writeExport(pool, options.out!, { since, keyId, exportedAt, onProgress: (done, total) => bar.update(done, total) });
    } catch (error) {
      throw error instanceof RangeError ? new UsageError(error.message) : error;
    } finally {
      bar.finish();
    }
  });
  context.print(summary, () =>
    `exported ${summary.events} events (positions ${summary.since + 1}..${summary.head}) and ${summary.checkpoints} checkpoint${summary.checkpoints === 1 ? '' : 's'} to ${summary.file}; signing key ${summary.keyId}`,
  );
}

/** `key [--out <file>]`: the signing key's id and public key, for auditors. */
export async function key({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  expectWords(words, 0, 'key [--out <file>]');
  const signer = await resolveCheckpointSigner(context.settings);
  const pem = publicKeyPem(signer.publicKey);
  if (options.out) await writeFile(options.out, pem);
  context.print({ keyId: signer.keyId, publicKey: pem }, () => `key id ${signer.keyId}\n${pem.trimEnd()}`);
}
