import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { foldStreamState, streamCategoryOf, type Actor } from '@kravspar/domain';
import { EVENT_STORE, type EventStore } from '@kravspar/event-store';
import { DATABASE_POOL } from '@kravspar/postgres';
import { auditStateFor, type AuditStateView } from './audit-state-visibility';
import { readProcurementSecrecy } from './procurement-secrecy';

export type AuditStreamState = AuditStateView & { readonly streamId: string; readonly asOf: string | null };

/** GET /audit/streams/{streamId}/state: the stream folded as the system knew it at `asOf` (now when absent). */
export class GetStreamStateQuery extends Query<AuditStreamState> {
  constructor(
    readonly actor: Actor,
    readonly streamId: string,
    readonly asOf?: string,
  ) {
    super();
  }
}

/**
 * Time travel (architecture §1): the events recorded up to `asOf`, upcast as every reader gets them, folded
 * with the stream's decider — the state the write path would have decided on at that moment.
 */
@QueryHandler(GetStreamStateQuery)
export class GetStreamStateHandler implements IQueryHandler<GetStreamStateQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async execute({ actor, streamId, asOf }: GetStreamStateQuery): Promise<AuditStreamState> {
    if (streamCategoryOf(streamId) === undefined || (await this.store.readStream(streamId, { maxCount: 1 })).length === 0) {
      throw new NotFoundException(`No stream ${streamId}`);
    }
    const recordedAtOrBefore = asOf === undefined ? undefined : new Date(asOf).toISOString();
    const folded = foldStreamState(streamId, await this.store.readStream(streamId, { recordedAtOrBefore }))!;
    return { streamId, asOf: asOf ?? null, ...auditStateFor(actor, folded, await readProcurementSecrecy(this.pool, streamId)) };
  }
}
