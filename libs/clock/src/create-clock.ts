import type { Clock } from './clock.port';
import type { ClockOffsetStore } from './clock-offset-store';
import { SystemClock } from './system-clock';
import { TestClock } from './test-clock';

/** The settings that choose the clock, from the app's configuration. */
export interface ClockSettings {
  /** `TEST_CLOCK=enabled`. */
  testClock: boolean;
  /** `NODE_ENV`. */
  nodeEnv: string;
}

/**
 * The system clock, or the test clock over `offsetStore` when enabled. A test clock lets anyone who can
 * reach `PUT /test-clock` move deadlines, so production refuses to boot with it rather than ignore it.
 */
export function createClock(settings: ClockSettings, offsetStore: ClockOffsetStore): Clock {
  if (!settings.testClock) return new SystemClock();
  if (settings.nodeEnv === 'production') {
    throw new Error('TEST_CLOCK=enabled is refused when NODE_ENV=production: unset TEST_CLOCK');
  }
  return new TestClock(offsetStore);
}
