import type { Clock } from './clock.port';
import type { ClockOffsetStore } from './clock-offset-store';

/**
 * Real time plus a stored offset (`TEST_CLOCK=enabled`, never in production). The offset is read on every
 * `now()` rather than cached, so when one process moves the clock every process sees it at once; time keeps
 * running from the moved point.
 */
export class TestClock implements Clock {
  constructor(
    private readonly store: ClockOffsetStore,
    private readonly realNow: () => number = Date.now,
  ) {}

  async now(): Promise<Date> {
    const offsetMs = await this.store.read();
    return new Date(this.realNow() + offsetMs);
  }

  /** Moves the clock so that `now()` reads `now` at this instant. */
  async set(now: Date): Promise<void> {
    await this.store.write(now.getTime() - this.realNow());
  }

  /** Back to real time. */
  async reset(): Promise<void> {
    await this.store.write(0);
  }
}
