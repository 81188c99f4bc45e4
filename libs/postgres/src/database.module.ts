import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Pool } from 'pg';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { createPool } from './pool';

/** Injection token of the app's `pg.Pool`. */
export const DATABASE_POOL = Symbol('DatabasePool');

/**
 * One pool per app on `DATABASE_URL`. In all-in-one mode the embedded server is started before the apps
 * and its URL put into the settings; an app run alone must be given `DATABASE_URL`.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATABASE_POOL,
      inject: [SETTINGS],
      useFactory: (settings: KravsparSettings): Pool => {
        if (!settings.DATABASE_URL) {
          throw new Error('DATABASE_URL is required: several processes must share one database (npm start runs all apps on an embedded one)');
        }
        return createPool(settings.DATABASE_URL, { applicationName: "kravspar" });
      },
    },
  ],
  exports: [DATABASE_POOL],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
