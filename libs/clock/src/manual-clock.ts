import type { Clock } from './clock.port';

/** A clock that moves only when told to: for tests within one process. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Promise<Date> {
    return Promise.resolve(new Date(this.current));
  }

  set(now: Date): void {
    this.current = now.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
