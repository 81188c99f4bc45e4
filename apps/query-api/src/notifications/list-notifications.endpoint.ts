import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@kravspar/domain';
import { Access, CurrentActor } from '@kravspar/http';
import type { Page, StoredNotification } from '@kravspar/read-store';
import { DEFAULT_PAGE_SIZE, PageParams } from '../page.params';
import { ListNotificationsQuery } from './list-notifications.query';
import { NotificationListResponse } from './notification-list.response';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class ListNotificationsEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** The caller's own inbox (domain.md §5): notifications addressed to their role and unit, or to their supplier. */
  @Get()
  @Access('procurement-officer', 'buyer', 'social-welfare', 'labour-market', 'supplier', 'auditor', 'admin')
  @ApiOkResponse({ type: NotificationListResponse, description: 'Newest first' })
  list(@CurrentActor() actor: Actor, @Query() params: PageParams): Promise<Page<StoredNotification>> {
    const { page = 1, pageSize = DEFAULT_PAGE_SIZE } = params;
    return this.queries.execute(new ListNotificationsQuery(actor, { page, pageSize }));
  }
}
