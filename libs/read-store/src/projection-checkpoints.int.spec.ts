import { runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { advanceCheckpoint, lockCheckpoint, readCheckpoint } from './projection-checkpoints';
import { readStoreMigrations } from './read-store.migrations';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  await runMigrations(database.pool, readStoreMigrations);
});
afterAll(() => database.drop());

describe('projection checkpoints', () => {
  it('reads 0 for a projection that has applied nothing', async () => {
    expect(await readCheckpoint(database.pool, 'never-ran.v1')).toBe(0);
  });

  it('advances forward and never back', async () => {
    await advanceCheckpoint(database.pool, 'forward.v1', 5);
    await advanceCheckpoint(database.pool, 'forward.v1', 3);
    expect(await readCheckpoint(database.pool, 'forward.v1')).toBe(5);
    await advanceCheckpoint(database.pool, 'forward.v1', 9);
    expect(await readCheckpoint(database.pool, 'forward.v1')).toBe(9);
  });

  it('keeps a checkpoint advanced in a transaction that rolls back where it was', async () => {
    await advanceCheckpoint(database.pool, 'rolled-back.v1', 2);
    const client = await database.pool.connect();
    try {
      await client.query('BEGIN');
      await advanceCheckpoint(client, 'rolled-back.v1', 7);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await readCheckpoint(database.pool, 'rolled-back.v1')).toBe(2);
  });

  it('lets one transaction at a time hold a checkpoint: the second sees what the first committed', async () => {
    const first = await database.pool.connect();
    const second = await database.pool.connect();
    try {
      await first.query('BEGIN');
      expect(await lockCheckpoint(first, 'locked.v1')).toBe(0);
      await second.query('BEGIN');
      const secondSees = lockCheckpoint(second, 'locked.v1');
      await advanceCheckpoint(first, 'locked.v1', 4);
      await first.query('COMMIT');
      expect(await secondSees).toBe(4);
      await second.query('COMMIT');
    } finally {
      first.release();
      second.release();
    }
  });

  it('can be migrated again without change', async () => {
    expect(await runMigrations(database.pool, readStoreMigrations)).toEqual([]);
  });
});
