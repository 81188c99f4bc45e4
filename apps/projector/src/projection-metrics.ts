import { Inject, Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { APP_NAME, METRICS_REGISTRY } from '@kravspar/http';

type Label = 'app' | 'projection';

const LAG = 'kravspar_projection_lag_ms';
const POSITION = 'kravspar_projection_position';
const FAILURES = 'kravspar_projection_failures_total';

// From a live projector (tens of ms) to a rebuild replaying a year-old history.
const LAG_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, 60_000, 300_000, 3_600_000, 86_400_000];

/**
 * The projector's metrics (architecture §5: lag is measured in time). In all-in-one mode several apps share
 * one registry, so an existing metric of the same name is reused rather than registered twice.
 */
@Injectable()
export class ProjectionMetrics {
  private readonly lag: Histogram<Label>;
  private readonly position: Gauge<Label>;
  private readonly failures: Counter<Label>;

  constructor(
    @Inject(METRICS_REGISTRY) registry: Registry,
    @Inject(APP_NAME) private readonly app: string,
  ) {
    const labelNames = ['app', 'projection'] as const;
    const registers = [registry];
    this.lag =
      (registry.getSingleMetric(LAG) as Histogram<Label> | undefined) ??
      new Histogram({ name: LAG, help: 'Time from an event being recorded to a projection applying it (ms)', labelNames, buckets: LAG_BUCKETS_MS, registers });
    this.position =
      (registry.getSingleMetric(POSITION) as Gauge<Label> | undefined) ??
      new Gauge({ name: POSITION, help: 'Global log position a projection has applied up to', labelNames, registers });
    this.failures =
      (registry.getSingleMetric(FAILURES) as Counter<Label> | undefined) ??
      new Counter({ name: FAILURES, help: 'Failed attempts to apply an event (each is retried)', labelNames, registers });
  }

  applied(projection: string, position: number, lagMs: number | undefined): void {
    const labels = { app: this.app, projection };
    if (lagMs !== undefined) this.lag.observe(labels, Math.max(0, lagMs));
    this.position.set(labels, position);
  }

  failed(projection: string): void {
    this.failures.inc({ app: this.app, projection });
  }
}
