import { readFile } from 'node:fs/promises';
import type { KeyObject } from 'node:crypto';
import type { KravsparSettings } from '@kravspar/config';
import { parsePublicKey, resolveCheckpointSigner, type SignedCheckpoint } from '@kravspar/event-store';
import { UsageError, type CliOptions } from './args';
import { openDatabase, type AuditDatabase } from './database';
import { ProgressBar, progressWanted } from './progress-bar';

/** What every command gets: settings, options, output and the database on demand. */
export class CommandContext {
  constructor(
    readonly settings: KravsparSettings,
    readonly options: CliOptions,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Prints `json` with --json, otherwise the text. */
  print(json: unknown, text: () => string): void {
    this.stdout.write(this.options.json ? `${JSON.stringify(json, null, 2)}\n` : `${text()}\n`);
  }

  /** Notes for a person (on stderr, and not with --json). */
  note(line: string): void {
    if (!this.options.json) this.stderr.write(`${line}\n`);
  }

  progress(label: string): ProgressBar {
    return new ProgressBar(label, progressWanted(this.options.progress, this.stderr), this.stderr);
  }

  async withDatabase<T>(work: (database: AuditDatabase) => Promise<T>): Promise<T> {
    const database = await openDatabase(this.settings, (line) => this.note(line));
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  }

  /** --public-key when given, else the public half of the configured signing key. */
  async trustedKey(): Promise<KeyObject> {
    const file = this.options['public-key'];
    if (file) return readPublicKey(file);
    if (this.settings.NODE_ENV === 'production' && !this.settings.AUDIT_SIGNING_KEY) {
      throw new UsageError('give the public key to trust: --public-key <file> (or set AUDIT_SIGNING_KEY)');
    }
    return (await resolveCheckpointSigner(this.settings)).publicKey;
  }
}

export async function readPublicKey(file: string): Promise<KeyObject> {
  const pem = await readFile(file, 'utf8').catch(() => {
    throw new UsageError(`cannot read the public key file ${file}`);
  });
  try {
    return parsePublicKey(pem);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message.includes('Ed25519') ? (error as Error).message : 'not a PEM public key'}`);
  }
}

/** Checkpoints kept apart from an export: one, a list, or `{checkpoints: [...]}` as `checkpoint list --json` prints. */
export async function readCheckpointFiles(files: readonly string[] = []): Promise<SignedCheckpoint[]> {
  const found: SignedCheckpoint[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UsageError(`cannot read the checkpoint file ${file}`);
    });
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError(`${file} is not JSON`);
    }
    const list = Array.isArray(parsed) ? parsed : ((parsed as { checkpoints?: unknown[] }).checkpoints ?? [parsed]);
    for (const item of list as SignedCheckpoint[]) {
      if (!Number.isSafeInteger(item?.treeSize) || typeof item.root !== 'string' || typeof item.signature !== 'string') {
        throw new UsageError(`${file} does not hold checkpoints (treeSize, root, signedAt, keyId, signature)`);
      }
      found.push(item);
    }
  }
  return found;
}
