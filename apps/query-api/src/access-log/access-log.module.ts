import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { ClockModule } from '@kravspar/clock';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { AccessLog } from './access-log';
import { accessLogMigrations } from './access-log.migrations';
import { GetAccessLogEndpoint } from './get-access-log.endpoint';
import { GetAccessLogHandler } from './get-access-log.query';

/**
 * The access log (requirement: reads of secret bid details and of candidate data are recorded and readable
 * by auditors). The routes that answer with such data record through `AccessLog`; auditors read it at
 * GET /audit/access-log. The only table query-api writes.
 */
@Module({
  imports: [ClockModule],
  controllers: [GetAccessLogEndpoint],
  providers: [AccessLog, GetAccessLogHandler],
  exports: [AccessLog],
})
export class AccessLogModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, accessLogMigrations);
  }
}
