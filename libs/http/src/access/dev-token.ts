import { SignJWT } from 'jose';
import type { Role } from '@kravspar/domain/kernel';
import { DEV_TOKEN_ALGORITHM, DEV_TOKEN_AUDIENCE, DEV_TOKEN_ISSUER, type DevKeyPair } from './dev-keys';

export interface DevTokenClaims {
  readonly role: Role;
  readonly userId: string;
  readonly unitId?: string;
  readonly supplierId?: string;
}

/** Mints a development token (api.md §Conventions: `sub`, `role`, `unitId`, `supplierId`). */
export async function mintDevToken(keys: DevKeyPair, claims: DevTokenClaims, expiresIn = '12h'): Promise<string> {
  return new SignJWT({
    role: claims.role,
    ...(claims.unitId ? { unitId: claims.unitId } : {}),
    ...(claims.supplierId ? { supplierId: claims.supplierId } : {}),
  })
    .setProtectedHeader({ alg: DEV_TOKEN_ALGORITHM })
    .setSubject(claims.userId)
    .setIssuer(DEV_TOKEN_ISSUER)
    .setAudience(DEV_TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(keys.privateKey);
}
