import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ProcurementDocumentStatus, ProcurementListEntry, ProcurementListItem } from '@kravspar/read-models';
import { listProcurements, type Page } from '@kravspar/read-store';
import { listItemFor } from '../procurement-visibility';

export interface ProcurementListCriteria {
  readonly status?: ProcurementDocumentStatus;
  readonly buyerUnitId?: string;
  readonly page: number;
  readonly pageSize: number;
}

/** GET /procurements: a page of the procurement list as `actor` may see it. */
export class ListProcurementsQuery extends Query<Page<ProcurementListItem>> {
  constructor(
    readonly actor: Actor,
    readonly criteria: ProcurementListCriteria,
  ) {
    super();
  }
}

@QueryHandler(ListProcurementsQuery)
export class ListProcurementsHandler implements IQueryHandler<ListProcurementsQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ actor, criteria }: ListProcurementsQuery): Promise<Page<ProcurementListItem>> {
    // Suppliers see published procurements only; the filter narrows within what the caller may see.
    const page = await listProcurements(this.pool, { ...criteria, publishedOnly: actor.role === 'supplier' });
    // The rows were written from ProcurementListEntry by the projector; P5 decides who sees the bid count.
    return { ...page, items: page.items.map((row) => listItemFor(actor, row as ProcurementListEntry)) };
  }
}
