import { createClock } from './create-clock';
import { InMemoryClockOffsetStore } from './in-memory-clock-offset-store';
import { SystemClock } from './system-clock';
import { TestClock } from './test-clock';

describe('createClock', () => {
  const store = new InMemoryClockOffsetStore();

  it('uses the system clock unless the test clock is enabled', () => {
    expect(createClock({ testClock: false, nodeEnv: 'production' }, store)).toBeInstanceOf(SystemClock);
    expect(createClock({ testClock: false, nodeEnv: 'development' }, store)).toBeInstanceOf(SystemClock);
  });

  it('uses the test clock when enabled outside production', () => {
    expect(createClock({ testClock: true, nodeEnv: 'test' }, store)).toBeInstanceOf(TestClock);
  });

  it('refuses the test clock in production', () => {
    expect(() => createClock({ testClock: true, nodeEnv: 'production' }, store)).toThrow(
      'TEST_CLOCK=enabled is refused when NODE_ENV=production',
    );
  });
});
