import { Module } from '@nestjs/common';
import { CLOCK, ClockModule, TimerStore, type Clock } from '@kravspar/clock';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@kravspar/event-store';
import { DATABASE_POOL, DatabaseModule } from '@kravspar/postgres';
import type { Pool } from 'pg';
import { ReadStoreModule } from '@kravspar/read-store';
import { commitmentsProjection } from './commitments.projection';
import { complianceProjection } from './compliance.projection';
import { contractsProjection } from './contracts.projection';
import { placementOutcomesProjection } from './placement-outcomes.projection';
import { procurementTimelineProjection } from './procurement-timeline.projection';
import { procurementsProjection } from './procurements.projection';
import { PROJECTIONS, type Projection } from './projection';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionRunner } from './projection-runner';
import { referralsProjection } from './referrals.projection';
import { CheckpointSealer } from './checkpoints/checkpoint-sealer.service';
import { contractWorkflowRunner } from './workflows/contract.workflow';
import { followUpWorkflow } from './workflows/follow-up.workflow';
import { standstillWorkflow } from './workflows/standstill.workflow';
import { TIMER_STORE, TimersService } from './workflows/timers.service';

/** The read models (workflows excluded): what a rebuild from position 0 rebuilds. */
export const readModelProjections: readonly Projection[] = [
  procurementsProjection,
  procurementTimelineProjection,
  contractsProjection,
  commitmentsProjection,
  referralsProjection,
  placementOutcomesProjection,
  complianceProjection,
];

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
    {
      provide: PROJECTIONS,
      inject: [TIMER_STORE, EVENT_STORE, CLOCK],
      useFactory: (timers: TimerStore, store: EventStore, clock: Clock) => [
        ...readModelProjections,
        standstillWorkflow(timers),
        contractWorkflowRunner(store, clock),
        followUpWorkflow(timers, store),
      ],
    },
    ProjectionMetrics,
    ProjectionRunner,
    TimersService,
    CheckpointSealer,
  ],
  exports: [ProjectionRunner, TimersService],
})
export class ProjectorModule {}
