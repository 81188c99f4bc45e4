import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, type Clock } from '@kravspar/clock';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import { auditMigrations, resolveCheckpointSigner, sealCheckpoint, type CheckpointSigner, type SealOutcome } from '@kravspar/event-store';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';

/**
 * Seals a signed checkpoint of the event log every CHECKPOINT_INTERVAL_SECONDS (0: never), here because the
 * projector is the process that always runs. A seal that fails (the log does not check out, the database
 * is away) is logged and tried again at the next interval. Checkpoints cover the PostgreSQL log only: with
 * another event store it stays off and says so. The signing key is resolved at start, so production
 * without AUDIT_SIGNING_KEY stops the boot rather than the first seal.
 */
@Injectable()
export class CheckpointSealer implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CheckpointSealer');
  private signer: CheckpointSigner | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;
  private stopped = false;

  constructor(
    @Inject(SETTINGS) private readonly settings: KravsparSettings,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.settings.CHECKPOINT_INTERVAL_SECONDS > 0 && this.settings.EVENT_STORE === 'postgres';
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) {
      if (this.settings.CHECKPOINT_INTERVAL_SECONDS > 0) {
        this.logger.warn(`no checkpoints are sealed: they cover the PostgreSQL event log, and EVENT_STORE=${this.settings.EVENT_STORE}`);
      }
      return;
    }
    await runMigrations(this.pool, auditMigrations);
    this.signer = await resolveCheckpointSigner(this.settings);
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.schedule();
  }

  /** Seals now (also what the timer runs); undefined when the seal failed (logged). */
  async sealOnce(): Promise<SealOutcome | undefined> {
    if (!this.signer) throw new Error('CheckpointSealer is not initialised (or sealing is off)');
    try {
      const outcome = await sealCheckpoint(this.pool, this.signer, this.clock);
      if (outcome.sealed) this.logger.log(`sealed checkpoint ${outcome.checkpoint!.id} at position ${outcome.checkpoint!.treeSize}`);
      return outcome;
    } catch (error) {
      this.logger.error(`no checkpoint sealed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.inFlight;
  }

  /** One timer at a time, set again after each seal, so a slow seal never overlaps the next. */
  private schedule(): void {
    this.timer = setTimeout(() => {
      this.inFlight = this.sealOnce().finally(() => {
        this.inFlight = undefined;
        if (!this.stopped) this.schedule();
      });
    }, this.settings.CHECKPOINT_INTERVAL_SECONDS * 1000);
    // The timer alone must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }
}
