import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { DATABASE_POOL } from '@kravspar/postgres';
import { outcomeStatistics, SMALL_CELL_THRESHOLD, type OutcomeStatisticsItem } from '@kravspar/read-models';
import { sumPlacementOutcomes } from '@kravspar/read-store';

export interface PlacementOutcomes {
  readonly items: OutcomeStatisticsItem[];
  /** Whether small cells were hidden in this answer, and below which count. */
  readonly suppression: { readonly applied: boolean; readonly threshold: number };
}

/**
 * GET /kpis/placement-outcomes: completions by outcome with the months served, and interruptions by
 * reason, per department and year of signing (domain.md §4). `exact` only for the matching unit.
 */
export class GetPlacementOutcomesQuery extends Query<PlacementOutcomes> {
  constructor(
    readonly filter: { readonly unitId?: string; readonly year?: number },
    readonly exact: boolean,
  ) {
    super();
  }
}

@QueryHandler(GetPlacementOutcomesQuery)
export class GetPlacementOutcomesHandler implements IQueryHandler<GetPlacementOutcomesQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ filter, exact }: GetPlacementOutcomesQuery): Promise<PlacementOutcomes> {
    const items = outcomeStatistics(await sumPlacementOutcomes(this.pool, filter), { exact });
    return { items, suppression: { applied: !exact, threshold: SMALL_CELL_THRESHOLD } };
  }
}
