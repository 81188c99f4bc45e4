/**
 * PostgreSQL for the adapter libs: an embedded server for development and tests, pools that read bigint
 * columns as numbers, and per-owner migrations that concurrent processes can run safely.
 */
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresServer,
} from './embedded-server';
export { createPool, parseInt8, type PoolOptions } from './pool';
export { runMigrations, type Migration, type MigrationSet } from './migrations';
