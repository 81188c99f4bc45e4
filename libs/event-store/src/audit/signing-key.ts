import { createPrivateKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KravsparSettings } from '@kravspar/config';
import { CheckpointSigner } from './checkpoint-signing';

/** The development signing key's file under DATA_DIR. */
export const DEV_CHECKPOINT_KEY_FILE = path.join('dev-keys', 'checkpoint-signing-key.pem');

export type SigningKeySettings = Pick<KravsparSettings, 'NODE_ENV' | 'DATA_DIR' | 'AUDIT_SIGNING_KEY'>;

// PKCS#8 DER of an Ed25519 key is this fixed header followed by the 32-byte seed (RFC 8410).
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * The checkpoint signer: `AUDIT_SIGNING_KEY`, or outside production a development key kept in
 * `<DATA_DIR>/dev-keys/checkpoint-signing-key.pem` (created on first use, shared by the processes of a
 * machine). Production without it is refused: a key made up at boot would sign checkpoints no auditor
 * holds the public key of, and change at every restart.
 */
export async function resolveCheckpointSigner(settings: SigningKeySettings): Promise<CheckpointSigner> {
  if (settings.AUDIT_SIGNING_KEY) return new CheckpointSigner(parsePrivateKey(settings.AUDIT_SIGNING_KEY, 'AUDIT_SIGNING_KEY'));
  if (settings.NODE_ENV === 'production') {
    throw new Error(
      'AUDIT_SIGNING_KEY is required when NODE_ENV=production: an Ed25519 private key, e.g. ' +
        '`openssl genpkey -algorithm ed25519`; give auditors its public key (`npm run audit -- key`)',
    );
  }
  return new CheckpointSigner(await loadOrCreateDevKey(settings.DATA_DIR));
}

/** PEM (literal `\n` escapes allowed, as env files carry them), or base64 of PKCS#8 DER or of the seed. */
export function parsePrivateKey(text: string, source: string): KeyObject {
  const trimmed = text.trim().replace(/\\n/g, '\n');
  try {
    if (trimmed.startsWith('-----BEGIN')) return createPrivateKey(trimmed);
    const bytes = Buffer.from(trimmed, 'base64');
    const der = bytes.length === 32 ? Buffer.concat([ED25519_PKCS8_PREFIX, bytes]) : bytes;
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    // Never the key itself in the message: it would end up in logs.
    throw new Error(`${source} is not a readable Ed25519 private key`);
  }
}

async function loadOrCreateDevKey(dataDir: string): Promise<KeyObject> {
  const file = path.join(dataDir, DEV_CHECKPOINT_KEY_FILE);
  const stored = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stored !== undefined) return parsePrivateKey(stored, file);
  // DATA_DIR keeps its default mode (embedded PostgreSQL, running as another user, must traverse it);
  // only the key folder is private.
  await mkdir(dataDir, { recursive: true });
  await mkdir(path.dirname(file), { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Written whole to a file of its own, then linked into place: when two processes start together the
  // first key linked wins and the other reads it; no reader sees half a key.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, pem, { flag: 'wx', mode: 0o600 });
  try {
    await link(draft, file);
    return parsePrivateKey(pem, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parsePrivateKey(await readFile(file, 'utf8'), file);
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}
