import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { resolveMasterKey } from './master-key';
import { PiiVault } from './pii-vault';
import { piiVaultMigrations } from './pii-vault.migrations';

/** Injection token of the app's `PiiVault`. */
export const PII_VAULT = Symbol('PiiVault');

/**
 * The vault for the apps that may see identities (command-api; query-api for the labour-market unit).
 * Resolving the master key in the factory makes production without `PII_MASTER_KEY` fail at boot rather
 * than at the first referral. Migrates its two tables on start; needs `SETTINGS` and `DATABASE_POOL`.
 */
@Module({
  providers: [
    {
      provide: PII_VAULT,
      inject: [DATABASE_POOL, SETTINGS],
      useFactory: async (pool: Pool, settings: KravsparSettings): Promise<PiiVault> =>
        new PiiVault(pool, await resolveMasterKey(settings)),
    },
  ],
  exports: [PII_VAULT],
})
export class PiiVaultModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, piiVaultMigrations);
  }
}
