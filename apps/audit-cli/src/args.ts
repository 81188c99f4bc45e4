import { parseArgs } from 'node:util';

/** Exit codes (documented in the help). */
export const EXIT = { ok: 0, failed: 1, usage: 2, error: 3 } as const;

/** A command line the CLI cannot act on: exit code 2, with the help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A result that is not ok (a verification failed): exit code 1, after the output. */
export class VerificationFailed extends Error {
  override readonly name = 'VerificationFailed';
}

const OPTIONS = {
  json: { type: 'boolean' },
  progress: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  'as-of': { type: 'string' },
  stream: { type: 'string' },
  all: { type: 'boolean' },
  export: { type: 'string' },
  'public-key': { type: 'string' },
  checkpoint: { type: 'string', multiple: true },
  since: { type: 'string' },
  out: { type: 'string' },
} as const;

export type CliOptions = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export interface CommandLine {
  readonly words: readonly string[];
  readonly options: CliOptions;
}

/** Parses argv; unknown options, missing option values and the like are usage errors. */
export function parseCommandLine(argv: readonly string[]): CommandLine {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    return { words: positionals, options: values };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A non-negative integer argument, or a usage error naming it. */
export function nonNegativeInteger(value: string | undefined, name: string): number {
  if (value === undefined || !/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${name} must be a non-negative integer${value === undefined ? '' : `, not '${value}'`}`);
  }
  return Number(value);
}

/** `--as-of`: a revision (digits) or a recorded time (ISO 8601 with a time zone). */
export function parseAsOf(value: string | undefined): { toRevision?: number; recordedAtOrBefore?: string } {
  if (value === undefined) return {};
  if (/^\d+$/.test(value)) return { toRevision: nonNegativeInteger(value, '--as-of') };
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--as-of must be a revision or an ISO 8601 time with a zone (e.g. 2026-03-02T10:00:00+01:00), not '${value}'`);
  }
  return { recordedAtOrBefore: new Date(value).toISOString() };
}

/** Exactly `count` words after the command, or a usage error. */
export function expectWords(words: readonly string[], count: number, usage: string): readonly string[] {
  if (words.length !== count) throw new UsageError(`usage: ${usage}`);
  return words;
}
