import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { EVENT_STORE, type EventStore, type RecordedEvent, type Subscription } from '@kravspar/event-store';
import { DATABASE_POOL } from '@kravspar/postgres';
import { readCheckpoint } from '@kravspar/read-store';
import { applyBatchInTransaction, EventApplyFailure, PROJECTIONS, type Projection } from '@kravspar/projections';
import { ProjectionMetrics } from './projection-metrics';

const WAIT_POLL_MS = 10;

/**
 * Keeps every projection up to date: one catch-up subscription per projection, each from its own
 * checkpoint, the events of each read applied in one transaction with the checkpoint. A failing batch is
 * retried by the subscription from its first event, so nothing is skipped. Starts when the app has
 * bootstrapped (after migrations) and, at shutdown, finishes the event in hand before stopping.
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ProjectionRunner');
  private readonly subscriptions = new Map<string, Subscription>();
  private stopping = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PROJECTIONS) private readonly projections: readonly Projection[],
    private readonly metrics: ProjectionMetrics,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** Subscribes each projection from its checkpoint; does nothing for those already running. */
  async start(): Promise<void> {
    for (const projection of this.projections) {
      if (this.subscriptions.has(projection.name)) continue;
      const after = await readCheckpoint(this.pool, projection.name);
      const subscription = this.store.subscribe({
        after,
        filter: projection.filter,
        onEvent: (event) => this.handle(projection, [event]),
        onEvents: (events) => this.handle(projection, events),
        onError: (error, event) => this.report(projection, error, event),
      });
      this.subscriptions.set(projection.name, subscription);
    }
  }

  /**
   * Stops every subscription once its event in hand is applied and committed together with those before it
   * in its batch (or rolled back).
   */
  async stop(): Promise<void> {
    const running = [...this.subscriptions.values()];
    this.subscriptions.clear();
    this.stopping = true;
    try {
      await Promise.all(running.map((subscription) => subscription.stop()));
    } finally {
      this.stopping = false;
    }
  }

  /** The global position each running projection has handled up to (events its filter passes over count). */
  positions(): Record<string, number> {
    return Object.fromEntries([...this.subscriptions].map(([name, subscription]) => [name, subscription.position()]));
  }

  /**
   * Resolves once every projection has handled the global log up to `position` (e.g. an append's
   * `position`), so its read models show that event; rejects after `timeoutMs`.
   */
  async waitForPosition(position: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.hasReached(position)) {
      if (Date.now() >= deadline) {
        throw new Error(`projections did not reach position ${position} within ${timeoutMs} ms: ${JSON.stringify(this.positions())}`);
      }
      await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
    }
  }

  /** Resolves once every projection has handled everything stored when it is called. */
  async waitUntilCaughtUp(timeoutMs = 10_000): Promise<void> {
    await this.waitForPosition(await this.store.headPosition(), timeoutMs);
  }

  private hasReached(position: number): boolean {
    const positions = Object.values(this.positions());
    return positions.length === this.projections.length && positions.every((reached) => reached >= position);
  }

  private async handle(projection: Projection, events: readonly RecordedEvent[]): Promise<void> {
    const applied = await applyBatchInTransaction(this.pool, projection, events, () => !this.stopping);
    const now = applied.length > 0 ? (await this.clock.now()).getTime() : 0;
    for (const event of applied) this.metrics.applied(projection.name, event.position, now - Date.parse(event.metadata.recordedAt));
    // Stopping may have left the rest of the batch for the next start: the gauge stays at what was applied.
    const handledUpTo = this.stopping ? applied.at(-1)?.position : events[events.length - 1].position;
    if (handledUpTo !== undefined) this.metrics.applied(projection.name, handledUpTo, undefined);
  }

  /** Names the event by type, stream and position only: event data and error messages may carry values. */
  private report(projection: Projection, failure: unknown, batchStart: RecordedEvent | undefined): void {
    this.metrics.failed(projection.name);
    const [error, event] = failure instanceof EventApplyFailure ? [failure.cause, failure.event] : [failure, batchStart];
    const where = event ? ` on ${event.type} of ${event.streamId} at position ${event.position}` : ' reading the log';
    const { name, code, frames } = describeError(error);
    this.logger.error(`projection ${projection.name} failed${where} (${name}${code ? ` ${code}` : ''}); retrying`, frames);
  }
}

/** The error's class, SQLSTATE and stack frames; its message is left out, as it may quote data. */
function describeError(error: unknown): { name: string; code?: string; frames?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    code: typeof code === 'string' ? code : undefined,
    frames: error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n'),
  };
}
