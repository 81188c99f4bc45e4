import { Global, Inject, Module, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import type { Clock } from './clock.port';
import { createClock } from './create-clock';
import { clockMigrations, PostgresClockOffsetStore } from './postgres-clock-offset-store';
import { TestClock } from './test-clock';

/** Injection token of the app's `Clock`. */
export const CLOCK = Symbol('Clock');
/** Injection token of the `TestClock`, or `undefined` when the test clock is disabled. */
export const TEST_CLOCK = Symbol('TestClock');

/** The clock every rule, timer and `recordedAt` of the app reads; the test clock when enabled. */
@Global()
@Module({
  providers: [
    {
      provide: CLOCK,
      inject: [SETTINGS, DATABASE_POOL],
      useFactory: (settings: KravsparSettings, pool: Pool): Clock =>
        createClock(
          { testClock: settings.TEST_CLOCK === 'enabled', nodeEnv: settings.NODE_ENV },
          new PostgresClockOffsetStore(pool),
        ),
    },
    {
      provide: TEST_CLOCK,
      inject: [CLOCK],
      useFactory: (clock: Clock): TestClock | undefined => (clock instanceof TestClock ? clock : undefined),
    },
  ],
  exports: [CLOCK, TEST_CLOCK],
})
export class ClockModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, clockMigrations);
  }
}
