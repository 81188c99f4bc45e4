import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { stockholmDateOf, type Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import {
  contractComplianceView, type CommitmentComplianceDocument, type ContractComplianceDocument, type ContractComplianceView,
} from '@kravspar/read-models';
import { findContractCompliance } from '@kravspar/read-store';
import { seesContractOf } from '../follow-up-visibility';

/** GET /contracts/{id}/compliance: for internal roles and the contract's own supplier. */
export class GetContractComplianceQuery extends Query<ContractComplianceView> {
  constructor(
    readonly actor: Actor,
    readonly contractId: string,
  ) {
    super();
  }
}

@QueryHandler(GetContractComplianceQuery)
export class GetContractComplianceHandler implements IQueryHandler<GetContractComplianceQuery> {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Due dates are compared with today on the Clock, so the test clock moves them as it moves the timers. */
  async execute({ actor, contractId }: GetContractComplianceQuery): Promise<ContractComplianceView> {
    const found = await findContractCompliance<ContractComplianceDocument, CommitmentComplianceDocument>(this.pool, contractId);
    if (!found || !seesContractOf(actor, found.contract.supplierId)) throw new NotFoundException(`No contract ${contractId}`);
    const today = stockholmDateOf((await this.clock.now()).toISOString());
    return contractComplianceView(found.contract, found.commitments, today);
  }
}
