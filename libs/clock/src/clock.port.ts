/**
 * Time as the system sees it. Production reads the system time; with the test clock every process reads
 * the same moved time, so rules, timers and `recordedAt` all follow it. Asynchronous because the test
 * clock's offset lives in the database shared by all processes.
 */
export interface Clock {
  now(): Promise<Date>;
}
