/** The `Clock` port and its adapters: system time, the database-backed test clock, a manual clock for tests. */
export * from './clock.port';
/** Production's clock: the machine's time. */
export { SystemClock } from './system-clock';
/** A clock moved by hand (`set`, `advance`) within one process, for tests. */
export { ManualClock } from './manual-clock';
/** Real time plus an offset shared by all processes (`TEST_CLOCK=enabled`), and where that offset lives. */
export { TestClock } from './test-clock';
export type { ClockOffsetStore } from './clock-offset-store';
export { InMemoryClockOffsetStore } from './in-memory-clock-offset-store';
export { PostgresClockOffsetStore, clockMigrations } from './postgres-clock-offset-store';
/** Chooses the clock from the configuration; refuses the test clock in production. */
export { createClock, type ClockSettings } from './create-clock';
/** The clock as a Nest module: `CLOCK` and, when enabled, `TEST_CLOCK`. */
export { ClockModule, CLOCK, TEST_CLOCK } from './clock.module';
/**
 * Durable timers: rows polled against the `Clock` (never the database's now()), so the test clock moves
 * them. `TimerStore` schedules, moves and cancels them; `TimerPoller` fires each once, however many
 * processes poll; `timerMigrations` creates their table.
 */
export type { DueTimer, TimerHandler, TimerRecord, TimerToSchedule } from './timers/timer';
export { TimerStore } from './timers/timer-store';
export { TimerClaim, MAX_ERROR_LENGTH } from './timers/timer-claim';
export { TimerPoller, retryDelayMs, type TimerPollerOptions } from './timers/timer-poller';
export { timerMigrations } from './timers/timer-migrations';
