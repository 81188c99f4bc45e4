import type { Instant } from './messages';

/** T1 allows acts up to five minutes ahead of the system clock, for clocks that disagree a little. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Milliseconds since the epoch of an ISO instant; NaN when it is not one. */
export function instantMs(instant: Instant): number {
  return Date.parse(instant);
}

/** True when the act's business time lies beyond the system clock's `now` plus the allowed skew (T1). */
export function isInFuture(act: Instant, now: Instant): boolean {
  return instantMs(act) > instantMs(now) + CLOCK_SKEW_MS;
}
