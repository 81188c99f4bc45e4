/** A timer to set: `key` names it (one key, one timer of one kind); `payload` is any JSON value. */
export interface TimerToSchedule {
  key: string;
  kind: string;
  dueAt: Date;
  payload: unknown;
}

/** A timer handed to its handler: due, not yet fired, and locked by the poller that claimed it. */
export interface DueTimer {
  key: string;
  kind: string;
  /** The time it was set for; failures do not move it. */
  dueAt: Date;
  payload: unknown;
  /** Failed attempts so far. */
  attempts: number;
}

/** A timer row as stored, fired or not. */
export interface TimerRecord extends DueTimer {
  /** Clock time at which it fired; null while armed. */
  firedAt: Date | null;
  /** The last failure's message, truncated. */
  lastError: string | null;
  /** After a failure, not claimed again before this clock time. */
  retryAt: Date | null;
}

/** Fires the timers of one kind. It may run more than once for a timer (see `TimerPoller`): be idempotent. */
export type TimerHandler = (timer: DueTimer) => Promise<void>;
