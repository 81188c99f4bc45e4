import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { PII_VAULT, type CandidateIdentity, type PiiVault } from '@kravspar/pii-vault';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ReferralDocument } from '@kravspar/read-models';
import { findReferral } from '@kravspar/read-store';

/**
 * A referral with its candidate as the vault gives it: `candidate` when the identity can be read,
 * `erased: true` (and no candidate) once it was crypto-shredded. A reference the vault does not know gives
 * neither, rather than failing the whole answer.
 */
export type ReferralWithCandidate = ReferralDocument & { readonly candidate: CandidateIdentity | null; readonly erased: boolean };

/** GET /referrals/{id}: for the labour-market unit only (R1); the route's access rule enforces that. */
export class GetReferralQuery extends Query<ReferralWithCandidate> {
  constructor(readonly referralId: string) {
    super();
  }
}

@QueryHandler(GetReferralQuery)
export class GetReferralHandler implements IQueryHandler<GetReferralQuery> {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(PII_VAULT) private readonly vault: Pick<PiiVault, 'read'>,
  ) {}

  async execute({ referralId }: GetReferralQuery): Promise<ReferralWithCandidate> {
    const referral = await findReferral<ReferralDocument>(this.pool, referralId);
    if (!referral) throw new NotFoundException(`No referral ${referralId}`);
    // Once the stream records the erasure there is nothing to ask the vault; before, the vault may know first.
    if (referral.candidateErasedAt !== undefined) return { ...referral, candidate: null, erased: true };
    // The identity is decrypted per request and only into this answer: never into a read model or a log.
    const candidate = await this.vault.read(referral.candidateRef);
    if (candidate !== undefined && 'erased' in candidate) return { ...referral, candidate: null, erased: true };
    return { ...referral, candidate: candidate ?? null, erased: false };
  }
}
