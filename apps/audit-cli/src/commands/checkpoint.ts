import { readFile, writeFile } from 'node:fs/promises';
import {
  checkConsistency, listCheckpoints, proveConsistency, publishedCheckpoint, resolveCheckpointSigner, sealCheckpoint,
  SealRefusedError, type ConsistencyCheck, type ConsistencyClaim, type StoredCheckpoint,
} from '@kravspar/event-store';
import { expectWords, nonNegativeInteger, UsageError, VerificationFailed, type CommandLine } from '../args';
import { readPublicKey, type CommandContext } from '../context';

const USAGE = 'checkpoint seal | checkpoint list | checkpoint prove <fromId> <toId> [--out <file>] | checkpoint check-proof <file> --public-key <file>';

/** `checkpoint seal | list | prove | check-proof`. */
export async function checkpoint({ words, options }: CommandLine, context: CommandContext): Promise<void> {
  const [sub, ...rest] = words;
  switch (sub) {
    case 'seal':
      expectWords(rest, 0, 'checkpoint seal');
      return seal(context);
    case 'list': {
      expectWords(rest, 0, 'checkpoint list');
      const checkpoints = await context.withDatabase(({ pool }) => listCheckpoints(pool));
      return context.print({ checkpoints: checkpoints.map(publishedCheckpoint) }, () => checkpoints.map(line).join('\n') || 'no checkpoint yet');
    }
    case 'prove': {
      const [from, to] = expectWords(rest, 2, 'checkpoint prove <fromId> <toId> [--out <file>]').map((w, i) => nonNegativeInteger(w, i ? '<toId>' : '<fromId>'));
      const publicKey = await context.trustedKey();
      const check = await context.withDatabase(({ pool }) =>
        proveConsistency(pool, from, to, [publicKey]).catch((error: unknown) => {
          throw error instanceof RangeError ? new UsageError(error.message) : error;
        }),
      );
      if (options.out) await writeFile(options.out, `${JSON.stringify(claimOf(check), null, 2)}\n`);
      return report(check, context);
    }
    case 'check-proof': {
      const [file] = expectWords(rest, 1, 'checkpoint check-proof <file> --public-key <file>');
      if (!options['public-key']) throw new UsageError('checkpoint check-proof needs --public-key <file>');
      const claim = await readClaim(file);
      return report(checkConsistency(claim, [await readPublicKey(options['public-key'])]), context);
    }
    default:
      throw new UsageError(`usage: ${USAGE}`);
  }
}

async function seal(context: CommandContext): Promise<void> {
  const signer = await resolveCheckpointSigner(context.settings);
  const outcome = await context.withDatabase(({ pool, clock }) =>
    sealCheckpoint(pool, signer, clock).catch((error: unknown) => {
      if (!(error instanceof SealRefusedError)) throw error;
      context.print({ sealed: false, refused: error.message, position: error.position }, () => error.message);
      throw new VerificationFailed(error.message);
    }),
  );
  const published = outcome.checkpoint && publishedCheckpoint(outcome.checkpoint);
  context.print({ ...outcome, checkpoint: published }, () =>
    outcome.sealed ? `sealed ${line(outcome.checkpoint!)}` : `nothing sealed: ${outcome.reason}${outcome.checkpoint ? ` (latest: ${line(outcome.checkpoint)})` : ''}`,
  );
}

function report(check: ConsistencyCheck, context: CommandContext): void {
  context.print(check, () =>
    check.ok
      ? `consistent: checkpoint ${check.from.id} (tree size ${check.from.treeSize}) is a prefix of checkpoint ${check.to.id} (tree size ${check.to.treeSize}); proof of ${check.proof.length} hashes`
      : `NOT consistent: ${check.problem}`,
  );
  if (!check.ok) throw new VerificationFailed(check.problem ?? 'the proof does not verify');
}

async function readClaim(file: string): Promise<ConsistencyClaim> {
  const text = await readFile(file, 'utf8').catch(() => '');
  try {
    const claim = JSON.parse(text) as ConsistencyClaim;
    if (claim.from && claim.to && Array.isArray(claim.proof)) return claim;
  } catch {
    // Reported below, as for any other file that is not a proof.
  }
  throw new UsageError(`${file} is not a saved proof (checkpoint prove --out)`);
}

function claimOf({ from, to, proof }: ConsistencyCheck): ConsistencyClaim {
  return { from, to, proof };
}

function line(c: Pick<StoredCheckpoint, 'id' | 'treeSize' | 'root' | 'signedAt' | 'keyId'>): string {
  return `checkpoint ${c.id}: tree size ${c.treeSize}, root ${c.root}, signed ${c.signedAt} by key ${c.keyId}`;
}
