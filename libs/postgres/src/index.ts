/**
 * PostgreSQL for the adapter libs: an embedded server for development and tests, pools that read bigint
 * columns as numbers, and per-owner migrations that concurrent processes can run safely.
 */

/**
 * Starts PostgreSQL from the npm binaries on a data folder (initialised on first use), first stopping a
 * server that a killed process left running on it. For development and tests; production uses `DATABASE_URL`.
 */
export {
  EMBEDDED_POSTGRES_PASSWORD,
  EMBEDDED_POSTGRES_USER,
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresServer,
} from './embedded-server';
/** A `pg.Pool` with service defaults whose int8 columns are safe JS numbers; `parseInt8` is its parser. */
export { createPool, parseInt8, type PoolOptions } from './pool';
/** Applies an owner's missing migrations in order, once, even when several processes start together. */
export { runMigrations, type Migration, type MigrationSet } from './migrations';
export * from './database.module';
/** For a process that handles SIGINT/SIGTERM itself and stops its embedded server last. */
export { releaseSignalHandling } from './exit-handling';
