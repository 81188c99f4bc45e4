import { ForbiddenException, Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import type { ProcurementDocument, TimelineEntry } from '@kravspar/read-models';
import { findProcurement, readTimeline } from '@kravspar/read-store';
import { isProcurementTeam, timelineFor, type TimelineEntryView } from '../procurement-visibility';

export interface ProcurementTimeline {
  readonly items: TimelineEntryView[];
}

/** GET /procurements/{id}/timeline: the audit timeline, for the procurement team and auditors (P5 in `timelineFor`). */
export class GetProcurementTimelineQuery extends Query<ProcurementTimeline> {
  constructor(
    readonly actor: Actor,
    readonly procurementId: string,
  ) {
    super();
  }
}

@QueryHandler(GetProcurementTimelineQuery)
export class GetProcurementTimelineHandler implements IQueryHandler<GetProcurementTimelineQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute({ actor, procurementId }: GetProcurementTimelineQuery): Promise<ProcurementTimeline> {
    const document = await findProcurement<ProcurementDocument>(this.pool, procurementId);
    if (!document) throw new NotFoundException(`No procurement ${procurementId}`);
    // The route admits officers, buyers and auditors; of the buyers, only the procurement's own unit.
    if (actor.role !== 'auditor' && !isProcurementTeam(actor, document.buyerUnitId)) {
      throw new ForbiddenException('Only the procurement team and auditors see the timeline');
    }
    return { items: timelineFor(actor, document, await readTimeline<TimelineEntry>(this.pool, procurementId)) };
  }
}
