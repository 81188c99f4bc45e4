import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import { toStandstillBoardItem, type ProcurementDocument, type StandstillBoardItem } from '@kravspar/read-models';
import { listProcurementsInStandstill } from '@kravspar/read-store';

export interface StandstillBoard {
  readonly items: StandstillBoardItem[];
}

/** GET /standstill-board: every procurement in standstill, the earliest last day first. */
export class GetStandstillBoardQuery extends Query<StandstillBoard> {}

@QueryHandler(GetStandstillBoardQuery)
export class GetStandstillBoardHandler implements IQueryHandler<GetStandstillBoardQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute(): Promise<StandstillBoard> {
    // The board carries no bids, so P5 has nothing to withhold; the route itself is for officers only.
    const documents = await listProcurementsInStandstill<ProcurementDocument>(this.pool);
    const items = documents.map(toStandstillBoardItem).filter((item) => item !== undefined);
    return { items };
  }
}
