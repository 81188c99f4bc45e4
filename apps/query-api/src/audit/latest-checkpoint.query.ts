import { Inject, NotFoundException } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { latestCheckpoint, publishedCheckpoint, type StoredCheckpoint } from '@kravspar/event-store';
import { DATABASE_POOL } from '@kravspar/postgres';

export type PublishedCheckpoint = Omit<StoredCheckpoint, 'frontier'>;

/** GET /audit/checkpoints/latest. */
export class LatestCheckpointQuery extends Query<PublishedCheckpoint> {}

@QueryHandler(LatestCheckpointQuery)
export class LatestCheckpointHandler implements IQueryHandler<LatestCheckpointQuery> {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async execute(): Promise<PublishedCheckpoint> {
    const latest = await latestCheckpoint(this.pool);
    if (!latest) throw new NotFoundException('No checkpoint has been sealed yet');
    return publishedCheckpoint(latest);
  }
}
