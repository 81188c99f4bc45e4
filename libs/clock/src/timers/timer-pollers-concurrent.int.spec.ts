import { createPool, runMigrations } from '@kravspar/postgres';
import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import type pg from 'pg';
import { ManualClock } from '../manual-clock';
import type { DueTimer } from './timer';
import { timerMigrations } from './timer-migrations';
import { TimerPoller } from './timer-poller';
import { TimerStore } from './timer-store';

const TIMERS = 300;
const T0 = new Date('2026-06-19T22:00:00Z');

describe('two pollers on two pools over one database', () => {
  let db: TestDatabase;
  let otherProcessPool: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase();
    await runMigrations(db.pool, timerMigrations);
    otherProcessPool = createPool(db.url);
  });

  afterAll(async () => {
    await otherProcessPool.end();
    await db.drop();
  });

  it('fire each timer exactly once between them', async () => {
    const setup = new TimerStore(db.pool);
    for (let i = 0; i < TIMERS; i += 1) {
      await setup.schedule({ key: `t-${i}`, kind: 'tick', dueAt: new Date(T0.getTime() + i), payload: { i } });
    }
    const clock = new ManualClock(new Date(T0.getTime() + TIMERS));
    const firedBy = { a: [] as string[], b: [] as string[] };
    const pollerOn = (pool: pg.Pool, name: 'a' | 'b'): TimerPoller =>
      new TimerPoller({
        store: new TimerStore(pool),
        clock,
        batchSize: 7,
        intervalMs: 5,
        handlers: {
          // A short wait keeps each claim open, so the two pollers overlap and must skip each other's rows.
          tick: async (timer: DueTimer) => {
            await new Promise((resolve) => setTimeout(resolve, 1));
            firedBy[name].push(timer.key);
          },
        },
      });
    const pollers = [pollerOn(db.pool, 'a'), pollerOn(otherProcessPool, 'b')];

    pollers.forEach((poller) => poller.start());
    const deadline = Date.now() + 20_000;
    while (firedBy.a.length + firedBy.b.length < TIMERS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await Promise.all(pollers.map((poller) => poller.stop()));

    const all = [...firedBy.a, ...firedBy.b];
    expect(all).toHaveLength(TIMERS);
    expect(new Set(all).size).toBe(TIMERS);
    expect(firedBy.a.length).toBeGreaterThan(0);
    expect(firedBy.b.length).toBeGreaterThan(0);
    const { rows } = await db.pool.query('select count(*) as unfired from timers where fired_at is null');
    expect(rows).toEqual([{ unfired: 0 }]);
  });
});
