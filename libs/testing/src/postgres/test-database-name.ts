import { randomBytes } from 'node:crypto';

/**
 * Every test database's name starts with this, so the jest global setup can recognise and drop the ones a
 * killed run left behind. (Kept apart from test-database.ts: global setup runs without the path aliases.)
 */
export const TEST_DATABASE_PREFIX = 'kravspar_test_';

/** A fresh name: unique across test files and parallel workers, a valid unquoted identifier. */
export function newTestDatabaseName(): string {
  return `${TEST_DATABASE_PREFIX}${randomBytes(8).toString('hex')}`;
}
