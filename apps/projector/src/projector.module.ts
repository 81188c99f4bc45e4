import { Module } from '@nestjs/common';
import { ClockModule } from '@kravspar/clock';
import { EventStoreModule } from '@kravspar/event-store';
import { DatabaseModule } from '@kravspar/postgres';
import { ReadStoreModule } from '@kravspar/read-store';
import { procurementTimelineProjection } from './procurement-timeline.projection';
import { procurementsProjection } from './procurements.projection';
import { PROJECTIONS, type Projection } from './projection';
import { ProjectionMetrics } from './projection-metrics';
import { ProjectionRunner } from './projection-runner';

const projections: readonly Projection[] = [procurementsProjection, procurementTimelineProjection];

/**
 * The work of `projector` (architecture §1): keeps the read models up to date from the event store.
 * `ProjectorAppModule` adds the settings and the HTTP edge, which provides /health and the global
 * `METRICS_REGISTRY` and `APP_NAME` the projection metrics use.
 */
@Module({
  imports: [DatabaseModule, ClockModule, EventStoreModule, ReadStoreModule],
  providers: [{ provide: PROJECTIONS, useValue: projections }, ProjectionMetrics, ProjectionRunner],
  exports: [ProjectionRunner],
})
export class ProjectorModule {}
