import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { ClockModule } from '@kravspar/clock';
import { SettingsModule } from '@kravspar/config';
import { EventStoreModule } from '@kravspar/event-store';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { DATABASE_POOL, DatabaseModule, runMigrations } from '@kravspar/postgres';
import { concurrencyProblem } from './command-http/concurrency-problem';
import { idempotencyMigrations } from './idempotency/idempotency.migrations';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency-store';
import { AddSocialCriterionEndpoint } from './procurements/add-social-criterion.endpoint';
import { AddSocialCriterionHandler } from './procurements/add-social-criterion.handler';
import { CancelProcurementEndpoint } from './procurements/cancel-procurement.endpoint';
import { CancelProcurementHandler } from './procurements/cancel-procurement.handler';
import { InitiateProcurementEndpoint } from './procurements/initiate-procurement.endpoint';
import { InitiateProcurementHandler } from './procurements/initiate-procurement.handler';
import { ProcurementWriter } from './procurements/procurement-writer';
import { PublishProcurementEndpoint } from './procurements/publish-procurement.endpoint';
import { PublishProcurementHandler } from './procurements/publish-procurement.handler';
import { TestClockEndpoint } from './test-clock/test-clock.endpoint';

export const COMMAND_API = 'command-api';

/** command-api (architecture §1): HTTP commands → CommandBus → the one write path. */
@Module({})
export class CommandApiModule implements OnModuleInit {
  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  static register(context: AppContext): DynamicModule {
    return {
      module: CommandApiModule,
      imports: [
        SettingsModule.forRoot(context.settings),
        DatabaseModule,
        ClockModule,
        EventStoreModule,
        CqrsModule.forRoot(),
        HttpEdgeModule.forRoot({
          appName: COMMAND_API,
          metricsRegistry: context.metricsRegistry,
          tokenVerifier: context.tokenVerifier,
          problemMappers: [concurrencyProblem],
        }),
      ],
      controllers: [
        InitiateProcurementEndpoint,
        AddSocialCriterionEndpoint,
        PublishProcurementEndpoint,
        CancelProcurementEndpoint,
        TestClockEndpoint,
      ],
      providers: [
        ProcurementWriter,
        InitiateProcurementHandler,
        AddSocialCriterionHandler,
        PublishProcurementHandler,
        CancelProcurementHandler,
        { provide: IdempotencyStore, inject: [DATABASE_POOL], useFactory: (pool: Pool) => new IdempotencyStore(pool) },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, idempotencyMigrations);
  }
}
