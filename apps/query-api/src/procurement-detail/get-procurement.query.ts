import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ProcurementDocument } from '@kravspar/read-models';
import { findProcurement } from '@kravspar/read-store';
import { isVisibleTo, procurementFor } from '../procurement-visibility';

/** GET /procurements/{id}: one procurement as `actor` may see it (P5 in `procurementFor`). */
export class GetProcurementQuery extends Query<ProcurementDocument> {
  constructor(
    readonly actor: Actor,
    readonly procurementId: string,
  ) {
    super();
  }
}

@QueryHandler(GetProcurementQuery)
export class GetProcurementHandler implements IQueryHandler<GetProcurementQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ actor, procurementId }: GetProcurementQuery): Promise<ProcurementDocument> {
    const document = await findProcurement<ProcurementDocument>(this.pool, procurementId);
    // One answer for "does not exist" and "not yours to see", so a supplier learns nothing of planning.
    if (!document || !isVisibleTo(actor, document)) throw new NotFoundException(`No procurement ${procurementId}`);
    return procurementFor(actor, document);
  }
}
