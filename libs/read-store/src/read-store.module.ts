import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { READ_MODEL_MIGRATIONS } from './read-model-migrations';

/**
 * Migrates the read-model tables when the app starts. Both the projector and query-api import it: whichever
 * starts first creates the tables, the other finds nothing left to do (the migration runner takes turns).
 * Needs `DATABASE_POOL` (the global `DatabaseModule`).
 */
@Module({})
export class ReadStoreModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    for (const set of READ_MODEL_MIGRATIONS) await runMigrations(this.pool, set);
  }
}
