import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { Pool } from 'pg';
import { CLOCK, TimerPoller, timerMigrations, type Clock, type TimerStore } from '@kravspar/clock';
import { STANDSTILL_TIMER } from '@kravspar/domain';
import { EVENT_STORE, type EventStore } from '@kravspar/event-store';
import { DATABASE_POOL, runMigrations } from '@kravspar/postgres';
import { endStandstillHandler } from './end-standstill.timer';
import { followUpTimerHandlers } from './follow-up.timers';

/** Injection token of the projector's `TimerStore`. */
export const TIMER_STORE = Symbol('TimerStore');

/** Polls the durable timers against the Clock (so the test clock moves them) and fires the domain's ones. */
@Injectable()
export class TimersService implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly poller: TimerPoller;

  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(TIMER_STORE) store: TimerStore,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.poller = new TimerPoller({ store, clock, handlers: { [STANDSTILL_TIMER]: endStandstillHandler(eventStore, clock), ...followUpTimerHandlers(eventStore, clock, store) } });
  }

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, timerMigrations);
  }

  onApplicationBootstrap(): void {
    this.poller.start();
  }

  /** Lets tests fire what is due without waiting for the next poll. */
  pollOnce(): Promise<unknown> {
    return this.poller.pollOnce();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.poller.stop();
  }
}
