import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import type { Actor } from '@kravspar/domain';
import { DATABASE_POOL } from '@kravspar/postgres';
import { listNotificationsFor, type Page, type StoredNotification } from '@kravspar/read-store';

/** GET /notifications: a page of the caller's own inbox, newest first. */
export class ListNotificationsQuery extends Query<Page<StoredNotification>> {
  constructor(
    readonly actor: Actor,
    readonly paging: { page: number; pageSize: number },
  ) {
    super();
  }
}

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  /**
   * The notifications the notifier addressed to the caller's role, within the caller's unit or, for a
   * supplier, to that supplier. A supplier's token names no unit that counts: suppliers are reached by id.
   */
  execute({ actor, paging }: ListNotificationsQuery): Promise<Page<StoredNotification>> {
    const unitId = actor.role === 'supplier' ? undefined : actor.unitId;
    return listNotificationsFor(this.pool, { role: actor.role, unitId, supplierId: actor.supplierId }, paging);
  }
}
