import type pg from 'pg';
import type { DueTimer } from './timer';

/** Longest failure message kept in `last_error`. */
export const MAX_ERROR_LENGTH = 2_000;

/**
 * Due timers locked (`FOR UPDATE SKIP LOCKED`) by one open transaction, so no other poller can take them
 * until `release()` commits what was marked or `abandon()` rolls it back. Either ends the claim.
 */
export class TimerClaim {
  private ended = false;

  constructor(
    private readonly client: pg.PoolClient,
    /** The claimed timers, earliest due first. */
    readonly timers: readonly DueTimer[],
  ) {}

  /** Marks the timer fired at `firedAt` (clock time): after `release()` it never fires again. */
  async markFired(key: string, firedAt: Date): Promise<void> {
    await this.client.query('update timers set fired_at = $2, last_error = null where key = $1', [key, firedAt]);
  }

  /** Records a failed attempt; the timer stays armed and is claimed again from `retryAt` (clock time). */
  async markFailed(key: string, error: string, retryAt: Date): Promise<void> {
    await this.client.query(
      'update timers set attempts = attempts + 1, last_error = $2, retry_at = $3 where key = $1',
      [key, error.slice(0, MAX_ERROR_LENGTH), retryAt],
    );
  }

  /** Commits the marks and unlocks the timers; those not marked stay due for the next poll. */
  async release(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    try {
      await this.client.query('commit');
      this.client.release();
    } catch (error) {
      // A connection whose commit failed is in an unknown state: close it rather than pool it.
      this.client.release(error as Error);
      throw error;
    }
  }

  /** Rolls back every mark: the timers stay armed as they were. Closes the connection, which may be broken. */
  async abandon(cause?: unknown): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.client.query('rollback').catch(() => undefined);
    this.client.release(cause instanceof Error ? cause : new Error('timer claim abandoned'));
  }
}
