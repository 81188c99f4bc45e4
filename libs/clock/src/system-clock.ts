import type { Clock } from './clock.port';

/** The machine's time: production's clock. */
export class SystemClock implements Clock {
  now(): Promise<Date> {
    return Promise.resolve(new Date());
  }
}
