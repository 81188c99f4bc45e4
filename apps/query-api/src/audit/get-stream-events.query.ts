import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { STORED_EVENT_STORE, type EventStore } from '@kravspar/event-store';
import { DATABASE_POOL } from '@kravspar/postgres';
import { auditEventsFor, type AuditEventView } from './audit-visibility';
import { readProcurementSecrecy } from './procurement-secrecy';

export interface AuditStreamEvents {
  readonly streamId: string;
  readonly asOf: string | null;
  readonly revision: number | null;
  readonly items: AuditEventView[];
}

/** GET /audit/streams/{streamId}/events: the raw history, as the system knew it at `asOf` or up to `revision`. */
export class GetStreamEventsQuery extends Query<AuditStreamEvents> {
  constructor(
    readonly actor: Actor,
    readonly streamId: string,
    readonly asOf?: string,
    readonly revision?: number,
  ) {
    super();
  }
}

@QueryHandler(GetStreamEventsQuery)
export class GetStreamEventsHandler implements IQueryHandler<GetStreamEventsQuery> {
  constructor(
    @Inject(STORED_EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
  ) {}

  async execute({ actor, streamId, asOf, revision }: GetStreamEventsQuery): Promise<AuditStreamEvents> {
    // Read-only: the audit module is the one part of query-api that reads the event store.
    if ((await this.store.readStream(streamId, { maxCount: 1 })).length === 0) throw new NotFoundException(`No stream ${streamId}`);
    const recordedAtOrBefore = asOf === undefined ? undefined : new Date(asOf).toISOString();
    const events = await this.store.readStream(streamId, { recordedAtOrBefore, toRevision: revision });
    return { streamId, asOf: asOf ?? null, revision: revision ?? null, items: auditEventsFor(actor, events, await readProcurementSecrecy(this.pool, streamId)) };
  }
}
