// Relative imports only: jest loads this file outside its module mapper.
import { unlink } from 'node:fs/promises';
import { TEST_POSTGRES_RUN, type TestPostgresRun } from './global-setup';

/** Stops the embedded server global-setup started for this run (nothing to do with `DATABASE_URL`). */
export default async function globalTeardown(): Promise<void> {
  const slot = globalThis as Record<symbol, TestPostgresRun | undefined>;
  const run = slot[TEST_POSTGRES_RUN];
  if (!run) return;
  slot[TEST_POSTGRES_RUN] = undefined;
  await run.server.stop();
  await unlink(run.ownerFile).catch(() => undefined);
}
