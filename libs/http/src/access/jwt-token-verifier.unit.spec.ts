import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { loadSettings } from '@kravspar/config';
import { identityProviderVerifier, parsePublicKey } from './jwt-token-verifier';

describe('the identity provider verifier', () => {
  it('is absent outside production without configuration, so the development key is used', () => {
    expect(identityProviderVerifier(loadSettings({ NODE_ENV: 'development' }))).toBeUndefined();
  });

  it('refuses production without a JWKS or public key, and a provider without issuer and audience', () => {
    expect(() => identityProviderVerifier(loadSettings({ NODE_ENV: 'production' }))).toThrow(/AUTH_JWKS_URL or AUTH_PUBLIC_KEY, with AUTH_ISSUER and AUTH_AUDIENCE/);
    expect(() => identityProviderVerifier(loadSettings({ AUTH_JWKS_URL: 'https://idp.example/jwks' }))).toThrow('AUTH_ISSUER and AUTH_AUDIENCE are required');
  });

  it('refuses none and HS* in the algorithm allow-list', () => {
    expect(() => loadSettings({ AUTH_ALGORITHMS: 'RS256,none' })).toThrow('AUTH_ALGORITHMS');
    expect(() => loadSettings({ AUTH_ALGORITHMS: 'HS256' })).toThrow('AUTH_ALGORITHMS');
  });

  it('reads the public key as PEM with escaped newlines or as a JWK, and verifies with it', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const pem = (await exportSPKI(pair.publicKey)).replace(/\n/g, '\\n');
    expect(parsePublicKey(JSON.stringify(await exportJWK(pair.publicKey))).asymmetricKeyType).toBe('ec');
    const verifier = identityProviderVerifier(loadSettings({ AUTH_PUBLIC_KEY: pem, AUTH_ISSUER: 'idp', AUTH_AUDIENCE: 'kravspar' }));
    const token = await new SignJWT({ role: 'auditor', unitId: 'audit' })
      .setProtectedHeader({ alg: 'ES256' }).setSubject('a-1').setIssuer('idp').setAudience('kravspar').setExpirationTime('5m')
      .sign(pair.privateKey);
    await expect(verifier?.verify(token)).resolves.toEqual({ userId: 'a-1', role: 'auditor', unitId: 'audit' });
  });
});
