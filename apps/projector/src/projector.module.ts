import { Module } from '@nestjs/common';
import { ClockModule, TimerStore } from '@kravspar/clock';
import { EventStoreModule } from '@kravspar/event-store';
import { DATABASE_POOL, DatabaseModule } from '@kravspar/postgres';
import type { Pool } from 'pg';
import { ReadStoreModule } from '@kravspar/read-store';
import { procurementTimelineProjection } from './procurement-timeline.projection';
import { procurementsProjection } from './procurements.projection';
import { PROJECTIONS, type Projection } from './projection';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionRunner } from './projection-runner';
import { standstillWorkflow } from './workflows/standstill.workflow';
import { TIMER_STORE, TimersService } from './workflows/timers.service';

const projections: readonly Projection[] = [procurementsProjection, procurementTimelineProjection];

/**
 * The work of `projector` (architecture §1): keeps the read models up to date from the event store.
 * `ProjectorAppModule` adds the settings and the HTTP edge, which provides /health and the global
 * `METRICS_REGISTRY` and `APP_NAME` the projection metrics use.
 */
@Module({
  imports: [DatabaseModule, ClockModule, EventStoreModule, ReadStoreModule],
  providers: [
    { provide: TIMER_STORE, inject: [DATABASE_POOL], useFactory: (pool: Pool) => new TimerStore(pool) },
    // Workflows ride the same checkpointed runner as the read models (domain.md §6).
    { provide: PROJECTIONS, inject: [TIMER_STORE], useFactory: (timers: TimerStore) => [...projections, standstillWorkflow(timers)] },
    ProjectionMetrics,
    ProjectionRunner,
    TimersService,
  ],
  exports: [ProjectionRunner, TimersService],
})
export class ProjectorModule {}
