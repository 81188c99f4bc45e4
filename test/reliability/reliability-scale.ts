/**
 * The size of each reliability scenario. `npm test` runs them small (each still checks everything it
 * checks at full size); `npm run test:reliability` sets `RELIABILITY_SCALE=full` for the sizes the
 * project reports (quality.md §Figures).
 */
export const FULL = process.env.RELIABILITY_SCALE === 'full';

export function sized<T>(small: T, full: T): T {
  return FULL ? full : small;
}

/** One line of what a scenario checked, with its counts, in the test output. */
export function report(scenario: string, counts: Record<string, number | string>): void {
  const figures = Object.entries(counts).map(([name, value]) => `${name} ${value}`).join(', ');
  console.log(`[reliability${FULL ? '' : ', small'}] ${scenario}: ${figures}`);
}
