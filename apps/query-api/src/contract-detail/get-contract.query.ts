import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ContractCommitment, ContractDetail, ContractDocument } from '@kravspar/read-models';
import { findContract } from '@kravspar/read-store';
import { seesContractOf } from '../follow-up-visibility';

/** GET /contracts/{id}: the contract with its commitments, for internal roles and the contract's supplier. */
export class GetContractQuery extends Query<ContractDetail> {
  constructor(
    readonly actor: Actor,
    readonly contractId: string,
  ) {
    super();
  }
}

@QueryHandler(GetContractQuery)
export class GetContractHandler implements IQueryHandler<GetContractQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ actor, contractId }: GetContractQuery): Promise<ContractDetail> {
    const found = await findContract<ContractDocument, ContractCommitment>(this.pool, contractId);
    if (!found || !seesContractOf(actor, found.document.supplierId)) throw new NotFoundException(`No contract ${contractId}`);
    return { ...found.document, commitments: found.commitments };
  }
}
