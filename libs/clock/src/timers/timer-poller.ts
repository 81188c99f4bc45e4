import type { Clock } from '../clock.port';
import type { DueTimer, TimerHandler } from './timer';
import type { TimerClaim } from './timer-claim';
import type { TimerStore } from './timer-store';

/** What a `TimerPoller` polls, with what, and how often. */
export interface TimerPollerOptions {
  store: TimerStore;
  /** Decides when a timer is due; the test clock moves timers through it. */
  clock: Clock;
  /** One handler per kind; the poller claims only these kinds. */
  handlers: Readonly<Record<string, TimerHandler>>;
  /** Pause between polls that found less than a full batch. Default 500 ms. */
  intervalMs?: number;
  /** Most timers claimed per poll. Default 50. */
  batchSize?: number;
  /** Clock time to wait before retrying a timer that has failed `attempts` times. Default `retryDelayMs`. */
  retryDelay?: (attempts: number) => number;
  /** Told of each handler failure (already recorded on the row) and of polls that failed. Default: stderr. */
  onError?: (error: unknown, timer?: DueTimer) => void;
}

/** The default back-off: 1 s after the first failure, doubling up to 10 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(1_000 * 2 ** Math.max(attempts - 1, 0), 10 * 60_000);
}

/**
 * Fires due timers: each poll reads the clock, claims the due timers of its kinds, calls each one's
 * handler and marks it fired in the claim's transaction. A failed handler leaves its timer armed with
 * one more attempt and a back-off. Several pollers (in several processes) may run at once: a claimed timer
 * is invisible to the others, and a fired one is never claimed again. A crash between a handler's effect
 * and the commit rolls the mark back, so handlers must be idempotent (e.g. an idempotency key from the
 * timer's key): delivery is at least once, and exactly once when nothing crashes.
 */
export class TimerPoller {
  private readonly handlers: ReadonlyMap<string, TimerHandler>;
  private readonly intervalMs: number;
  private readonly batchSize: number;
  private readonly retryDelay: (attempts: number) => number;
  private readonly onError: (error: unknown, timer?: DueTimer) => void;
  private stopping = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;

  constructor(private readonly options: TimerPollerOptions) {
    this.handlers = new Map(Object.entries(options.handlers));
    this.intervalMs = options.intervalMs ?? 500;
    this.batchSize = options.batchSize ?? 50;
    this.retryDelay = options.retryDelay ?? retryDelayMs;
    this.onError = options.onError ?? reportToStderr;
  }

  /** One poll: fires what is due now. Returns how many timers fired. */
  async pollOnce(): Promise<number> {
    return (await this.poll()).fired;
  }

  /** Polls every `intervalMs` (at once again after a full batch) until `stop()`. */
  start(): void {
    if (this.loop) return;
    this.stopping = false;
    this.loop = this.run();
  }

  /** Finishes the timer in hand, releases the rest of its batch unfired, and stops polling. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let claimed = 0;
      try {
        claimed = (await this.poll()).claimed;
      } catch (error) {
        this.onError(error);
      }
      if (claimed < this.batchSize) await this.pause();
    }
  }

  private async poll(): Promise<{ claimed: number; fired: number }> {
    const now = await this.options.clock.now();
    const claim = await this.options.store.claimDue(now, this.batchSize, [...this.handlers.keys()]);
    let fired = 0;
    try {
      for (const timer of claim.timers) {
        if (this.loop && this.stopping) break;
        if (await this.fire(claim, timer)) fired += 1;
      }
      await claim.release();
    } catch (error) {
      await claim.abandon(error);
      throw error;
    }
    return { claimed: claim.timers.length, fired };
  }

  private async fire(claim: TimerClaim, timer: DueTimer): Promise<boolean> {
    const handler = this.handlers.get(timer.kind);
    try {
      if (!handler) throw new Error(`no handler for timer kind ${timer.kind}`);
      await handler(timer);
    } catch (error) {
      const retryAt = (await this.options.clock.now()).getTime() + this.retryDelay(timer.attempts + 1);
      await claim.markFailed(timer.key, messageOf(error), new Date(retryAt));
      this.onError(error, timer);
      return false;
    }
    await claim.markFired(timer.key, await this.options.clock.now());
    return true;
  }

  private pause(): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timeout = setTimeout(resolve, this.intervalMs);
      this.wake = () => {
        clearTimeout(timeout);
        resolve();
      };
    });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function reportToStderr(error: unknown, timer?: DueTimer): void {
  const about = timer ? `timer ${timer.key} (${timer.kind}, attempt ${timer.attempts + 1})` : 'timer poll';
  console.error(`${about} failed: ${messageOf(error)}`);
}
