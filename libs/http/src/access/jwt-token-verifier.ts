import { createPublicKey, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import type { Actor } from '@kravspar/domain/kernel';
import type { KravsparSettings } from '@kravspar/config';
import { toActor, type TokenVerifier } from './token-verifier';

/** Clocks of the identity provider and ours drift a little; more than this and `exp`/`nbf` decide. */
const CLOCK_TOLERANCE_SECONDS = 30;

export interface JwtVerification {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly string[];
}

/**
 * Verifies tokens of the identity provider: signature with a key of its JWKS (picked by `kid`, refetched
 * when an unknown `kid` appears, so rotation needs no restart) or with its configured public key; issuer,
 * audience, expiry and not-before checked; only the allowed asymmetric algorithms.
 */
export class JwtTokenVerifier implements TokenVerifier {
  constructor(
    private readonly key: KeyObject | JWTVerifyGetKey,
    private readonly expected: JwtVerification,
  ) {}

  async verify(token: string): Promise<Actor> {
    const options = {
      algorithms: [...this.expected.algorithms],
      issuer: this.expected.issuer,
      audience: this.expected.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ['sub', 'exp'],
    };
    // Two calls rather than one: jose types the key source and the key as separate overloads.
    const { payload } = typeof this.key === 'function' ? await jwtVerify(token, this.key, options) : await jwtVerify(token, this.key, options);
    return toActor(payload);
  }
}

/** A PEM (with `\n` escapes, as environment variables carry them) or a JWK as JSON. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('{')
    ? createPublicKey({ key: JSON.parse(trimmed) as JWK & { kty: string }, format: 'jwk' })
    : createPublicKey(trimmed.replace(/\\n/g, '\n'));
  if (key.type !== 'public') throw new Error('AUTH_PUBLIC_KEY must be a public key');
  return key;
}

/**
 * The identity provider's verifier when AUTH_JWKS_URL or AUTH_PUBLIC_KEY is set; undefined otherwise.
 * Production refuses to run without one: the development key lives on disk next to the data, so anyone
 * who can read it could mint an admin token.
 */
export function identityProviderVerifier(settings: KravsparSettings): JwtTokenVerifier | undefined {
  const { AUTH_JWKS_URL: jwksUrl, AUTH_PUBLIC_KEY: publicKey, AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = settings;
  if (!jwksUrl && !publicKey) {
    if (settings.NODE_ENV !== 'production') return undefined;
    throw new Error(
      'NODE_ENV=production needs AUTH_JWKS_URL or AUTH_PUBLIC_KEY, with AUTH_ISSUER and AUTH_AUDIENCE: the development token key is refused in production',
    );
  }
  if (jwksUrl && publicKey) throw new Error('Set AUTH_JWKS_URL or AUTH_PUBLIC_KEY, not both');
  if (!issuer || !audience) throw new Error('AUTH_ISSUER and AUTH_AUDIENCE are required with AUTH_JWKS_URL or AUTH_PUBLIC_KEY');
  const expected = { issuer, audience, algorithms: settings.AUTH_ALGORITHMS.split(',') };
  return new JwtTokenVerifier(jwksUrl ? createRemoteJWKSet(new URL(jwksUrl)) : parsePublicKey(publicKey as string), expected);
}
