import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { notificationMigrations } from './notifications/notification-tables';
import { READ_MODEL_MIGRATIONS } from './read-model-migrations';

/**
 * Migrates the read-model tables, and the notifier's that query-api reads, when the app starts. Both the
 * projector and query-api import it: whichever starts first creates the tables, the other finds nothing
 * left to do (the migration runner takes turns).
 * Needs `DATABASE_POOL` (the global `DatabaseModule`).
 */
@Module({})
export class ReadStoreModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    for (const set of READ_MODEL_MIGRATIONS) await runMigrations(this.pool, set);
    // The notifier's tables are no read model (a rebuild does not make them) but query-api reads them.
    await runMigrations(this.pool, notificationMigrations);
  }
}
