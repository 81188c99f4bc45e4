import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { runMigrations } from '@kravspar/postgres';
import { ManualClock } from '../manual-clock';
import type { DueTimer } from './timer';
import { MAX_ERROR_LENGTH } from './timer-claim';
import { timerMigrations } from './timer-migrations';
import { TimerPoller } from './timer-poller';
import { TimerStore } from './timer-store';

const T0 = new Date('2026-01-12T23:00:00Z');
const at = (ms: number): Date => new Date(T0.getTime() + ms);
const timer = (key: string, dueAt: Date, payload: unknown = {}) => ({ key, kind: 'standstillOver', dueAt, payload });

describe('TimerStore: schedule, reschedule, cancel, retry', () => {
  let db: TestDatabase;
  let store: TimerStore;
  let clock: ManualClock;
  let fired: DueTimer[];
  let poller: TimerPoller;

  beforeAll(async () => {
    db = await createTestDatabase();
    await runMigrations(db.pool, timerMigrations);
    store = new TimerStore(db.pool);
  });

  beforeEach(async () => {
    await db.pool.query('truncate timers');
    clock = new ManualClock(T0);
    fired = [];
    poller = new TimerPoller({ store, clock, handlers: { standstillOver: async (t) => void fired.push(t) } });
  });

  afterAll(() => db.drop());

  it('moves an unfired timer when it is scheduled again, later or earlier', async () => {
    expect(await store.schedule(timer('later', at(1_000), { lastDay: '2026-01-12' }))).toBe(true);
    expect(await store.schedule(timer('later', at(10_000), { lastDay: '2026-01-26' }))).toBe(true);
    await store.schedule(timer('earlier', at(10_000)));
    await store.schedule(timer('earlier', at(2_000)));

    clock.set(at(5_000));
    expect(await poller.pollOnce()).toBe(1);
    expect(fired.map((t) => t.key)).toEqual(['earlier']);

    clock.set(at(10_000));
    expect(await poller.pollOnce()).toBe(1);
    expect(fired[1]).toMatchObject({ key: 'later', dueAt: at(10_000), payload: { lastDay: '2026-01-26' } });
  });

  it('never re-arms a fired timer', async () => {
    await store.schedule(timer('once', T0));
    expect(await poller.pollOnce()).toBe(1);

    expect(await store.schedule(timer('once', at(60_000), { again: true }))).toBe(false);
    clock.set(at(120_000));

    expect(await poller.pollOnce()).toBe(0);
    expect(await store.find('once')).toMatchObject({ dueAt: T0, payload: {}, firedAt: T0 });
  });

  it('cancels an armed timer, which may then be scheduled anew, but not a fired one', async () => {
    await store.schedule(timer('held', T0));
    expect(await store.cancel('held')).toBe(true);
    expect(await poller.pollOnce()).toBe(0);
    expect(await store.cancel('held')).toBe(false);

    await store.schedule(timer('held', at(1)));
    clock.set(at(1));
    expect(await poller.pollOnce()).toBe(1);
    expect(await store.cancel('held')).toBe(false);
  });

  it('retries a failing handler after its back-off, then fires once', async () => {
    const errors: unknown[] = [];
    let failuresLeft = 2;
    const flaky = async (t: DueTimer): Promise<void> => {
      if (failuresLeft-- > 0) throw new Error(`write path unavailable ${'x'.repeat(MAX_ERROR_LENGTH)}`);
      fired.push(t);
    };
    poller = new TimerPoller({
      store,
      clock,
      handlers: { standstillOver: flaky },
      retryDelay: (attempts) => attempts * 1_000,
      onError: (error) => errors.push(error),
    });
    await store.schedule(timer('flaky', T0));

    expect(await poller.pollOnce()).toBe(0);
    const failed = await store.find('flaky');
    expect(failed).toMatchObject({ attempts: 1, firedAt: null, retryAt: at(1_000), dueAt: T0 });
    expect(failed?.lastError).toMatch(/^Error: write path unavailable x+$/);
    expect(failed?.lastError).toHaveLength(MAX_ERROR_LENGTH);

    expect(await poller.pollOnce()).toBe(0); // still backing off
    clock.set(at(1_000));
    expect(await poller.pollOnce()).toBe(0); // second failure: back-off 2 s from now
    clock.set(at(2_999));
    expect(await poller.pollOnce()).toBe(0);
    clock.set(at(3_000));
    expect(await poller.pollOnce()).toBe(1);
    clock.set(at(60_000));
    expect(await poller.pollOnce()).toBe(0);

    expect(errors).toHaveLength(2);
    expect(fired).toEqual([expect.objectContaining({ key: 'flaky', attempts: 2 })]);
    expect(await store.find('flaky')).toMatchObject({ attempts: 2, lastError: null, firedAt: at(3_000) });
  });
});
