import { jwtVerify, type CryptoKey } from 'jose';
import type { Actor, Role } from '@kravspar/domain/kernel';
import { DEV_TOKEN_ALGORITHM, DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER } from './dev-keys';

/** Injection token of the app's `TokenVerifier`. */
export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Turns a bearer token into the verified actor, or throws. */
export interface TokenVerifier {
  verify(token: string): Promise<Actor>;
}

const ROLES: readonly Role[] = [
  'procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor', 'admin',
];

/** Verifies tokens signed with the development key (issuer, audience, expiry and algorithm checked). */
export class DevKeyTokenVerifier implements TokenVerifier {
  constructor(private readonly publicKey: CryptoKey) {}

  async verify(token: string): Promise<Actor> {
    const { payload } = await jwtVerify(token, this.publicKey, {
      algorithms: [DEV_TOKEN_ALGORITHM],
      issuer: DEV_TOKEN_ISSUER,
      audience: DEV_TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp'],
    });
    return toActor(payload);
  }
}

/** The claims of api.md §Conventions as an actor; a token without a known role or a supplier without `supplierId` is invalid. */
export function toActor(claims: Record<string, unknown>): Actor {
  const { sub, role, unitId, supplierId } = claims;
  if (typeof sub !== 'string' || !ROLES.includes(role as Role)) throw new Error('token lacks sub or a known role');
  if (role === 'supplier' && typeof supplierId !== 'string') throw new Error('a supplier token needs supplierId');
  return {
    userId: sub,
    role: role as Role,
    unitId: typeof unitId === 'string' ? unitId : role === 'supplier' ? `supplier:${String(supplierId)}` : '',
    ...(typeof supplierId === 'string' ? { supplierId } : {}),
  };
}
