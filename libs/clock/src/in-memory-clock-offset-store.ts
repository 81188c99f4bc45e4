import type { ClockOffsetStore } from './clock-offset-store';

/** Keeps the offset in this process: for unit tests and the all-in-one mode without a database. */
export class InMemoryClockOffsetStore implements ClockOffsetStore {
  private offsetMs = 0;

  read(): Promise<number> {
    return Promise.resolve(this.offsetMs);
  }

  write(offsetMs: number): Promise<void> {
    this.offsetMs = offsetMs;
    return Promise.resolve();
  }
}
