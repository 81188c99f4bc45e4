import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DEV_TOKEN_ALGORITHM, DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, loadOrCreateDevKeyPair } from '@kravspar/http';
import { CommandApiUnderTest } from './support/command-api-under-test';

/** Who signs the tokens an app accepts, as the app is configured. */
interface Signer {
  readonly alg: string;
  readonly privateKey: CryptoKey;
  readonly publicPem: string;
  readonly issuer: string;
  readonly audience: string;
  readonly kid?: string;
}

const now = () => Math.floor(Date.now() / 1000);

function sign(signer: Signer, changes: { key?: CryptoKey; kid?: string; iss?: string; aud?: string; exp?: number; nbf?: number } = {}): Promise<string> {
  const kid = changes.kid ?? signer.kid;
  const jwt = new SignJWT({ role: 'admin', unitId: 'it' })
    .setProtectedHeader({ alg: signer.alg, ...(kid ? { kid } : {}) })
    .setSubject('admin-1')
    .setIssuer(changes.iss ?? signer.issuer)
    .setAudience(changes.aud ?? signer.audience)
    .setIssuedAt()
    .setExpirationTime(changes.exp ?? now() + 300);
  if (changes.nbf !== undefined) jwt.setNotBefore(changes.nbf);
  return jwt.sign(changes.key ?? signer.privateKey);
}

const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Every way of getting a token wrong that we know of; each must be a 401. */
async function forgeries(signer: Signer): Promise<Array<[string, string | undefined]>> {
  const stranger = await generateKeyPair(signer.alg, { extractable: true });
  const claims = { sub: 'admin-1', role: 'admin', unitId: 'it', iss: signer.issuer, aud: signer.audience, exp: now() + 300 };
  const hs256 = await new SignJWT({ role: 'admin', unitId: 'it' })
    .setProtectedHeader({ alg: 'HS256' }).setSubject('admin-1').setIssuer(signer.issuer).setAudience(signer.audience).setExpirationTime(now() + 300)
    .sign(Buffer.from(signer.publicPem));
  return [
    ['no token', undefined],
    ['alg none', `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`],
    ['HS256 with the public key as secret', hs256],
    ['signed with another key', await sign(signer, { key: stranger.privateKey })],
    ['expired', await sign(signer, { exp: now() - 120 })],
    ['not yet valid', await sign(signer, { nbf: now() + 300 })],
    ['wrong issuer', await sign(signer, { iss: 'https://evil.example' })],
    ['wrong audience', await sign(signer, { aud: 'someone-else' })],
  ];
}

async function expectOnlyTheValidTokenPasses(api: CommandApiUnderTest, signer: Signer, extra: Array<[string, string]> = []): Promise<void> {
  for (const [name, token] of [...(await forgeries(signer)), ...extra]) {
    const answer = await api.http.get('/test-clock', token);
    expect({ name, status: answer.status }).toEqual({ name, status: 401 });
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
  }
  expect((await api.http.get('/test-clock', await sign(signer))).status).toBe(200);
}

describe('token verification over HTTP', () => {
  it('with the development key: refuses every forged token and accepts a valid one', async () => {
    const api = await CommandApiUnderTest.start();
    try {
      const keys = await loadOrCreateDevKeyPair(api.app.get<KravsparSettings>(SETTINGS).DATA_DIR);
      const publicPem = await exportSPKI(keys.publicKey);
      await expectOnlyTheValidTokenPasses(api, { alg: DEV_TOKEN_ALGORITHM, privateKey: keys.privateKey, publicPem, issuer: DEV_TOKEN_ISSUER, audience: DEV_TOKEN_AUDIENCE });
    } finally {
      await api.stop();
    }
  });

  it('with a configured public key (AUTH_PUBLIC_KEY): the same corpus', async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    const publicPem = await exportSPKI(pair.publicKey);
    const signer = { alg: 'RS256', privateKey: pair.privateKey, publicPem, issuer: 'https://login.example.se', audience: 'kravspar-api' };
    const api = await CommandApiUnderTest.start({ AUTH_PUBLIC_KEY: publicPem, AUTH_ISSUER: signer.issuer, AUTH_AUDIENCE: signer.audience });
    try {
      await expectOnlyTheValidTokenPasses(api, signer);
      // A development token is no longer accepted once an identity provider is configured.
      expect((await api.http.get('/test-clock', await api.token({ role: 'admin', userId: 'a', unitId: 'it' }))).status).toBe(401);
    } finally {
      await api.stop();
    }
  });

  it('with a JWKS (AUTH_JWKS_URL): the same corpus, and a token with an unknown kid', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'current', alg: 'ES256', use: 'sig' }] };
    const server: Server = createServer((_request, response) => response.setHeader('content-type', 'application/json').end(JSON.stringify(jwks)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
    const signer = { alg: 'ES256', privateKey: pair.privateKey, publicPem: await exportSPKI(pair.publicKey), issuer: 'https://login.example.se', audience: 'kravspar-api', kid: 'current' };
    const api = await CommandApiUnderTest.start({ AUTH_JWKS_URL: url, AUTH_ISSUER: signer.issuer, AUTH_AUDIENCE: signer.audience });
    try {
      const other = await generateKeyPair('ES256', { extractable: true });
      await expectOnlyTheValidTokenPasses(api, signer, [['unknown kid', await sign(signer, { key: other.privateKey, kid: 'unknown' })]]);
    } finally {
      await api.stop();
      server.close();
    }
  });
});

describe('production configuration', () => {
  const dist = path.join(__dirname, '..', 'dist', 'apps', 'command-api', 'src', 'main.js');
  const production = {
    ...process.env, NODE_ENV: 'production', TEST_CLOCK: 'disabled', DATABASE_URL: 'postgres://x@127.0.0.1:1/x',
    PII_MASTER_KEY: 'dcO4ZZMxhmQk9aJdWJ0Cbotsa+51reqgFoYo9cbzq34=', AUTH_JWKS_URL: '', AUTH_PUBLIC_KEY: '', AUTH_ISSUER: '', AUTH_AUDIENCE: '',
  };
  beforeAll(() => {
    if (!existsSync(dist)) throw new Error('dist/ is missing: run npm run build first (npm test does)');
  });

  it('refuses to start with the development key, naming the settings it needs', () => {
    const result = spawnSync(process.execPath, [dist], { env: production, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    for (const setting of ['AUTH_JWKS_URL', 'AUTH_PUBLIC_KEY', 'AUTH_ISSUER', 'AUTH_AUDIENCE']) expect(result.stderr).toContain(setting);
  });

  it('refuses an identity provider without issuer and audience', () => {
    const env = { ...production, AUTH_JWKS_URL: 'https://login.example.se/jwks' };
    const result = spawnSync(process.execPath, [dist], { env, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('AUTH_ISSUER and AUTH_AUDIENCE are required');
  });
});
