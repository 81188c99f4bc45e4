/** The `Clock` port and its adapters: system time, the database-backed test clock, a manual clock for tests. */
export * from './clock.port';
