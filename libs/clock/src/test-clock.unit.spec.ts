import { InMemoryClockOffsetStore } from './in-memory-clock-offset-store';
import { ManualClock } from './manual-clock';
import { TestClock } from './test-clock';

describe('TestClock', () => {
  let real: number;
  const realNow = (): number => real;

  beforeEach(() => {
    real = Date.parse('2026-03-01T09:00:00Z');
  });

  it('reads real time while no offset is stored', async () => {
    const clock = new TestClock(new InMemoryClockOffsetStore(), realNow);

    expect(await clock.now()).toEqual(new Date('2026-03-01T09:00:00Z'));
  });

  it('reads the set time, then keeps running from it with real time', async () => {
    const clock = new TestClock(new InMemoryClockOffsetStore(), realNow);

    await clock.set(new Date('2026-06-30T23:59:00Z'));
    real += 90_000;

    expect(await clock.now()).toEqual(new Date('2026-07-01T00:00:30Z'));
  });

  it('follows an offset another instance wrote to the same store, on the next read', async () => {
    const store = new InMemoryClockOffsetStore();
    const reader = new TestClock(store, realNow);
    const writer = new TestClock(store, realNow);
    expect(await reader.now()).toEqual(new Date('2026-03-01T09:00:00Z'));

    await writer.set(new Date('2027-01-01T00:00:00Z'));

    expect(await reader.now()).toEqual(new Date('2027-01-01T00:00:00Z'));
  });

  it('can go back to real time', async () => {
    const clock = new TestClock(new InMemoryClockOffsetStore(), realNow);
    await clock.set(new Date('2030-01-01T00:00:00Z'));

    await clock.reset();

    expect(await clock.now()).toEqual(new Date('2026-03-01T09:00:00Z'));
  });

  it('reads the machine time by default', async () => {
    const before = Date.now();
    const now = (await new TestClock(new InMemoryClockOffsetStore()).now()).getTime();

    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('ManualClock', () => {
  it('moves only when set or advanced', async () => {
    const clock = new ManualClock(new Date('2026-03-01T09:00:00Z'));
    expect(await clock.now()).toEqual(new Date('2026-03-01T09:00:00Z'));

    clock.advance(60_000);
    expect(await clock.now()).toEqual(new Date('2026-03-01T09:01:00Z'));

    clock.set(new Date('2026-12-24T15:00:00Z'));
    expect(await clock.now()).toEqual(new Date('2026-12-24T15:00:00Z'));
  });
});
