import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type CryptoKey } from 'jose';

export const DEV_TOKEN_ALGORITHM = 'EdDSA';
export const DEV_TOKEN_ISSUER = 'kravspar-dev';
export const DEV_TOKEN_AUDIENCE = 'kravspar';

export interface DevKeyPair {
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
}

/**
 * The development signing key pair, created under `<dataDir>/dev-keys/` on first use so that tokens
 * minted by `npm run token` verify in every app. Only for the all-in-one default; production verifies
 * tokens of a real identity provider.
 */
export async function loadOrCreateDevKeyPair(dataDir: string): Promise<DevKeyPair> {
  const folder = path.join(dataDir, 'dev-keys');
  const file = path.join(folder, 'signing-key.jwk.json');
  const stored = await readFile(file, 'utf8').catch(() => undefined);
  if (stored === undefined) {
    const pair = await generateKeyPair(DEV_TOKEN_ALGORITHM, { extractable: true });
    const jwk = await exportJWK(pair.privateKey);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    // 'wx': when two processes start together, the first key written wins and the other reads it.
    const written = await writeFile(file, JSON.stringify(jwk), { flag: 'wx', mode: 0o600 }).then(() => true, () => false);
    if (written) return pair;
  }
  return importDevKeyPair(JSON.parse(await readFile(file, 'utf8')) as JWK);
}

async function importDevKeyPair(privateJwk: JWK): Promise<DevKeyPair> {
  const { d: _private, ...publicJwk } = privateJwk;
  return {
    privateKey: (await importJWK(privateJwk, DEV_TOKEN_ALGORITHM)) as CryptoKey,
    publicKey: (await importJWK(publicJwk, DEV_TOKEN_ALGORITHM)) as CryptoKey,
  };
}
