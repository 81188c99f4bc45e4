import { createSecretKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KravsparSettings } from '@kravspar/config';

const MASTER_KEY_BYTES = 32;

/** The development master key's file under DATA_DIR. */
export const DEV_MASTER_KEY_FILE = 'pii-master.key';

/** The settings that decide where the master key comes from. */
export type MasterKeySettings = Pick<KravsparSettings, 'NODE_ENV' | 'DATA_DIR' | 'PII_MASTER_KEY'>;

/**
 * The key that wraps every candidate key: `PII_MASTER_KEY`, or outside production a development key kept
 * in `<DATA_DIR>/pii-master.key` (created on first use, so every app of a machine shares it). Production
 * without it is refused: a key made up at boot would leave every stored identity unreadable after a restart.
 * A `KeyObject`, so that logging whatever holds it cannot print the key.
 */
export async function resolveMasterKey(settings: MasterKeySettings): Promise<KeyObject> {
  if (settings.PII_MASTER_KEY) return parseMasterKey(settings.PII_MASTER_KEY, 'PII_MASTER_KEY');
  if (settings.NODE_ENV === 'production') {
    throw new Error(
      'PII_MASTER_KEY is required when NODE_ENV=production: set it to the base64 of 32 random bytes ' +
        '(e.g. `openssl rand -base64 32`) and keep it outside the database and its backups',
    );
  }
  return loadOrCreateDevMasterKey(settings.DATA_DIR);
}

/** Decodes a base64 master key; `source` names where it came from in the error, the key itself never. */
export function parseMasterKey(base64: string, source: string): KeyObject {
  const bytes = Buffer.from(base64.trim(), 'base64');
  try {
    if (bytes.length !== MASTER_KEY_BYTES) throw new Error(`${source} must be the base64 of ${MASTER_KEY_BYTES} bytes`);
    return createSecretKey(bytes);
  } finally {
    bytes.fill(0); // createSecretKey copied it.
  }
}

async function loadOrCreateDevMasterKey(dataDir: string): Promise<KeyObject> {
  const file = path.join(dataDir, DEV_MASTER_KEY_FILE);
  const stored = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stored !== undefined) return parseMasterKey(stored, file);
  // No restrictive mode on DATA_DIR itself: embedded PostgreSQL needs to traverse it; the file is 0600.
  await mkdir(dataDir, { recursive: true });
  const created = randomBytes(MASTER_KEY_BYTES).toString('base64');
  // Written whole to a file of its own, then linked into place: link fails when another process got there
  // first (that key wins, as with 'wx'), and no reader ever sees a half-written key.
  const draft = `${file}.${randomUUID()}.tmp`;
  await writeFile(draft, `${created}\n`, { flag: 'wx', mode: 0o600 });
  try {
    await link(draft, file);
    return parseMasterKey(created, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseMasterKey(await readFile(file, 'utf8'), file);
  } finally {
    await unlink(draft).catch(() => undefined);
  }
}
