import { createPool, runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import type pg from 'pg';
import { clockMigrations, PostgresClockOffsetStore } from './postgres-clock-offset-store';
import { TestClock } from './test-clock';

// Generous bound on the real time that passes between two reads in one test.
const SLACK_MS = 5_000;

describe('TestClock over PostgresClockOffsetStore', () => {
  let db: TestDatabase;
  let otherProcessPool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    await runMigrations(db.pool, clockMigrations);
    otherProcessPool = createPool(db.url);
  });

  afterAll(async () => {
    await otherProcessPool.end();
    await db.drop();
  });

  it('reads offset 0 before any write', async () => {
    expect(await new PostgresClockOffsetStore(db.pool).read()).toBe(0);
  });

  it('shows a move made through one pool to a clock on another pool at once', async () => {
    const here = new TestClock(new PostgresClockOffsetStore(db.pool));
    const there = new TestClock(new PostgresClockOffsetStore(otherProcessPool));
    const target = new Date('2031-05-17T08:00:00Z');

    await here.set(target);

    for (const clock of [here, there]) {
      const drift = (await clock.now()).getTime() - target.getTime();
      expect(drift).toBeGreaterThanOrEqual(0);
      expect(drift).toBeLessThan(SLACK_MS);
    }
  });

  it('keeps one row however often the offset is written', async () => {
    const store = new PostgresClockOffsetStore(db.pool);

    await store.write(-86_400_000);
    await store.write(1_234.6);

    expect(await new PostgresClockOffsetStore(otherProcessPool).read()).toBe(1_235);
    expect((await db.pool.query('select count(*) as rows from test_clock')).rows).toEqual([{ rows: 1 }]);
  });
});
