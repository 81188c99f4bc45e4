import { Module, type DynamicModule, type MiddlewareConsumer, type NestModule, Inject } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { SETTINGS, type KravsparSettings } from '@kravspar/config';
import type { Registry } from 'prom-client';
import { AccessGuard } from './access/access.guard';
import { TOKEN_VERIFIER, type TokenVerifier } from './access/token-verifier';
import { correlationIdMiddleware } from './operations/correlation-id';
import { HealthController } from './operations/health.controller';
import { APP_NAME, METRICS_REGISTRY, MetricsController } from './operations/metrics';
import { requestLogMiddleware } from './operations/request-log';
import { nestingLimitMiddleware } from './problems/nesting-limit';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { PROBLEM_MAPPERS, type ProblemMapper } from './problems/problem';
import { createValidationPipe } from './problems/validation';

export interface HttpEdgeOptions {
  readonly appName: string;
  readonly metricsRegistry: Registry;
  readonly tokenVerifier: TokenVerifier;
  /** Errors of the app's own adapters that have a meaning over HTTP (e.g. a concurrency conflict → 409). */
  readonly problemMappers?: readonly ProblemMapper[];
}

/**
 * The conventions every app shares (api.md §Conventions): the access guard (deny by default), validation
 * (unknown fields → 400), rate limits (429 with Retry-After), problem+json errors, correlation ids,
 * request logs and metrics, /health, /metrics.
 */
@Module({})
export class HttpEdgeModule implements NestModule {
  constructor(
    @Inject(APP_NAME) private readonly appName: string,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  static forRoot(options: HttpEdgeOptions): DynamicModule {
    return {
      module: HttpEdgeModule,
      global: true,
      imports: [
        TerminusModule.forRoot({ logger: false }),
        // Per client address, per app, in memory: each process limits what reaches it (a shared store
        // would be needed for one limit across replicas). RATE_LIMIT_PER_MINUTE=0 turns it off.
        ThrottlerModule.forRootAsync({
          inject: [SETTINGS],
          useFactory: (settings: KravsparSettings) => ({
            throttlers: [{ ttl: 60_000, limit: Math.max(settings.RATE_LIMIT_PER_MINUTE, 1) }],
            skipIf: () => settings.RATE_LIMIT_PER_MINUTE === 0,
          }),
        }),
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_NAME, useValue: options.appName },
        { provide: METRICS_REGISTRY, useValue: options.metricsRegistry },
        { provide: TOKEN_VERIFIER, useValue: options.tokenVerifier },
        { provide: PROBLEM_MAPPERS, useValue: options.problemMappers ?? [] },
        // Throttling first, so that requests with bad tokens are limited too.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [APP_NAME, METRICS_REGISTRY, TOKEN_VERIFIER],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(correlationIdMiddleware, requestLogMiddleware(this.appName, this.registry), nestingLimitMiddleware).forRoutes('*path');
  }
}
