import { createTestDatabase, type TestDatabase } from '@kravspar/testing';
import { runMigrations } from '@kravspar/postgres';
import { clockMigrations, PostgresClockOffsetStore } from '../postgres-clock-offset-store';
import { ManualClock } from '../manual-clock';
import { TestClock } from '../test-clock';
import type { DueTimer } from './timer';
import { timerMigrations } from './timer-migrations';
import { TimerPoller } from './timer-poller';
import { TimerStore } from './timer-store';

const DUE = new Date('2026-01-12T23:00:00Z'); // the day after a last standstill day, Stockholm midnight

describe('TimerPoller against the Clock', () => {
  let db: TestDatabase;
  let store: TimerStore;
  let fired: DueTimer[];
  const record = async (timer: DueTimer): Promise<void> => {
    fired.push(timer);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    await runMigrations(db.pool, timerMigrations);
    await runMigrations(db.pool, clockMigrations);
    store = new TimerStore(db.pool);
  });

  beforeEach(async () => {
    fired = [];
    await db.pool.query('truncate timers');
  });

  afterAll(() => db.drop());

  it('fires a timer once when the clock passes its due time, and not before', async () => {
    const clock = new ManualClock(new Date(DUE.getTime() - 1));
    const poller = new TimerPoller({ store, clock, handlers: { standstillOver: record } });
    await store.schedule({ key: 'standstill-p1', kind: 'standstillOver', dueAt: DUE, payload: { p: 1 } });

    expect(await poller.pollOnce()).toBe(0);
    clock.set(DUE);
    expect(await poller.pollOnce()).toBe(1);
    clock.advance(86_400_000);
    expect(await poller.pollOnce()).toBe(0);

    expect(fired).toEqual([
      { key: 'standstill-p1', kind: 'standstillOver', dueAt: DUE, payload: { p: 1 }, attempts: 0 },
    ]);
    expect((await store.find('standstill-p1'))?.firedAt).toEqual(DUE);
  });

  it('follows the test clock stored in the database, not the database time', async () => {
    const clock = new TestClock(new PostgresClockOffsetStore(db.pool));
    const dueAt = new Date(Date.now() + 30 * 86_400_000);
    const poller = new TimerPoller({ store, clock, handlers: { reportDue: record } });
    await store.schedule({ key: 'report-c1-q1', kind: 'reportDue', dueAt, payload: {} });

    expect(await poller.pollOnce()).toBe(0);
    await clock.set(new Date(dueAt.getTime() + 1_000));
    expect(await poller.pollOnce()).toBe(1);
    await clock.reset();

    expect(fired.map((t) => t.key)).toEqual(['report-c1-q1']);
  });

  it('claims only the kinds it handles, leaving the others to their own poller', async () => {
    const clock = new ManualClock(DUE);
    const poller = new TimerPoller({ store, clock, handlers: { standstillOver: record } });
    await store.schedule({ key: 'reminder-1', kind: 'notifierReminder', dueAt: DUE, payload: {} });
    await store.schedule({ key: 'standstill-p2', kind: 'standstillOver', dueAt: DUE, payload: {} });

    expect(await poller.pollOnce()).toBe(1);

    expect(fired.map((t) => t.key)).toEqual(['standstill-p2']);
    expect(await store.find('reminder-1')).toMatchObject({ firedAt: null, attempts: 0 });
  });

  it('fires due timers from start() until stop(), which finishes the timer in hand', async () => {
    const clock = new ManualClock(DUE);
    let enteredHandler!: () => void;
    const entered = new Promise<void>((resolve) => (enteredHandler = resolve));
    let finishHandler!: () => void;
    const slow = async (timer: DueTimer): Promise<void> => {
      enteredHandler();
      await new Promise<void>((resolve) => (finishHandler = resolve));
      fired.push(timer);
    };
    const poller = new TimerPoller({ store, clock, handlers: { slow }, intervalMs: 10 });
    await store.schedule({ key: 'slow-1', kind: 'slow', dueAt: DUE, payload: {} });
    await store.schedule({ key: 'slow-2', kind: 'slow', dueAt: new Date(DUE.getTime() + 1), payload: {} });
    clock.advance(1);

    poller.start();
    await entered;
    const stopped = poller.stop();
    finishHandler();
    await stopped;

    expect(fired.map((t) => t.key)).toEqual(['slow-1']);
    expect((await store.find('slow-1'))?.firedAt).toEqual(new Date(DUE.getTime() + 1));
    expect((await store.find('slow-2'))?.firedAt).toBeNull();
  });
});
