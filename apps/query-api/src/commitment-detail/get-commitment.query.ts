import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { CommitmentDocument } from '@kravspar/read-models';
import { findCommitment } from '@kravspar/read-store';
import { seesContractOf } from '../follow-up-visibility';

/**
 * GET /commitments/{id} and its funnel: one commitment, for internal roles and the supplier of its
 * contract. The slots name referrals by their opaque ids only; the read model holds no candidate identity.
 */
export class GetCommitmentQuery extends Query<CommitmentDocument> {
  constructor(
    readonly actor: Actor,
    readonly commitmentId: string,
  ) {
    super();
  }
}

@QueryHandler(GetCommitmentQuery)
export class GetCommitmentHandler implements IQueryHandler<GetCommitmentQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ actor, commitmentId }: GetCommitmentQuery): Promise<CommitmentDocument> {
    const document = await findCommitment<CommitmentDocument>(this.pool, commitmentId);
    if (!document || !seesContractOf(actor, document.supplierId)) throw new NotFoundException(`No commitment ${commitmentId}`);
    return document;
  }
}
