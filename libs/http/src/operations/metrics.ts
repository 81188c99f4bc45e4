import { Controller, Get, Header, Inject } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { Public } from '../access/access.decorators';

/** Injection token of the Prometheus registry; all-in-one shares one between its apps. */
export const METRICS_REGISTRY = Symbol('MetricsRegistry');
/** Injection token of the app's name, the `app` label of its metrics. */
export const APP_NAME = Symbol('AppName');

/** A registry with the process's default metrics. Created once per process. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** GET /metrics in the Prometheus text format; no token, as scrapers have none. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  async metrics(): Promise<string> {
    return this.registry.metrics();
  }
}
