import type { MigrationSet } from '@kravspar/postgres';
import { complianceMigrations } from './compliance';
import { ocdsMigrations } from './ocds';
import { readStoreMigrations } from './read-store.migrations';

/**
 * Every migration set of the read-model tables, in order: what the apps run at start, and what a rebuild
 * runs in its scratch schema to get the same tables, indexes and names.
 */
export const READ_MODEL_MIGRATIONS: readonly MigrationSet[] = [readStoreMigrations, complianceMigrations, ocdsMigrations];
