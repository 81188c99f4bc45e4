import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import { sumPlacementFunnels, type PlacementKpiRow } from '@kravspar/read-store';

export interface PlacementKpis {
  readonly items: PlacementKpiRow[];
}

/**
 * GET /kpis/placements: the placement funnel per department and year of signing, summed over the
 * commitments with a placement criterion. Counts only, so every internal role may see every department's.
 */
export class GetPlacementKpisQuery extends Query<PlacementKpis> {
  constructor(readonly filter: { readonly unitId?: string; readonly year?: number }) {
    super();
  }
}

@QueryHandler(GetPlacementKpisQuery)
export class GetPlacementKpisHandler implements IQueryHandler<GetPlacementKpisQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ filter }: GetPlacementKpisQuery): Promise<PlacementKpis> {
    return { items: await sumPlacementFunnels(this.pool, filter) };
  }
}
