import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ClockModule } from '@kravspar/clock';
import { auditMigrations, EventStoreModule } from '@kravspar/event-store';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { GetStreamEventsEndpoint } from './get-stream-events.endpoint';
import { GetStreamEventsHandler } from './get-stream-events.query';
import { GetStreamStateEndpoint } from './get-stream-state.endpoint';
import { GetStreamStateHandler } from './get-stream-state.query';
import { LatestCheckpointEndpoint } from './latest-checkpoint.endpoint';
import { LatestCheckpointHandler } from './latest-checkpoint.query';
import { VerifyEndpoint } from './verify.endpoint';
import { VerifyHandler } from './verify.query';

/**
 * The audit routes of query-api (api.md): raw history, the state as of a time, verification and the latest checkpoint. The one
 * part of query-api that reads the event store, read-only, through the port (never the write path). It
 * migrates the checkpoint tables, so it can start before the projector has sealed anything.
 */
@Module({
  imports: [ClockModule, EventStoreModule],
  controllers: [GetStreamEventsEndpoint, GetStreamStateEndpoint, VerifyEndpoint, LatestCheckpointEndpoint],
  providers: [GetStreamEventsHandler, GetStreamStateHandler, VerifyHandler, LatestCheckpointHandler],
})
export class AuditModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, auditMigrations);
  }
}
