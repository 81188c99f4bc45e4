import { Global, Inject, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import type { EventStore } from '../event-store.port';
import { InMemoryEventStore } from '../in-memory/in-memory-event-store';
import { KurrentDbEventStore } from '../kurrentdb/kurrentdb-event-store';
import { eventStoreMigrations } from '../postgres/event-store.migrations';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { upcastingEventStore } from '../upcasting-event-store';

/** Injection token of the app's `EventStore`: events read through it come upcast to today's schema. */
export const EVENT_STORE = Symbol('EventStore');

/**
 * The same store with events as stored (no upcasting): for the integrity checks and the raw history of
 * the audit routes, whose hashes cover the stored form.
 */
export const STORED_EVENT_STORE = Symbol('StoredEventStore');

/**
 * The event store chosen by `EVENT_STORE` (PostgreSQL by default, KurrentDB at `KURRENTDB_URL` in
 * production); the PostgreSQL one is migrated at start; each is closed at shutdown.
 */
@Global()
@Module({
  providers: [
    {
      provide: STORED_EVENT_STORE,
      inject: [SETTINGS, DATABASE_POOL, CLOCK],
      useFactory: (settings: KravsparSettings, pool: Pool, clock: Clock): EventStore => {
        switch (settings.EVENT_STORE) {
          case 'postgres':
            return new PostgresEventStore(pool, clock);
          case 'in-memory':
            return new InMemoryEventStore(clock);
          case 'kurrentdb':
            // PostgreSQL (the pool above) still holds read models, timers and idempotency records.
            if (!settings.KURRENTDB_URL) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
            return KurrentDbEventStore.connect(settings.KURRENTDB_URL, clock);
        }
      },
    },
    { provide: EVENT_STORE, inject: [STORED_EVENT_STORE], useFactory: upcastingEventStore },
  ],
  exports: [EVENT_STORE, STORED_EVENT_STORE],
})
export class EventStoreModule implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.settings.EVENT_STORE === 'postgres') await runMigrations(this.pool, eventStoreMigrations);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
