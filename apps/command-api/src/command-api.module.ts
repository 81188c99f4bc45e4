import { Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import type { Pool } from 'pg';
import { ClockModule } from '@kravspar/clock';
import { SettingsModule } from '@kravspar/config';
import { EventStoreModule } from '@kravspar/event-store';
import { HttpEdgeModule, type AppContext } from '@kravspar/http';
import { PiiVaultModule } from '@kravspar/pii-vault';
import { DATABASE_POOL, DatabaseModule, runMigrations } from '@kravspar/postgres';
import { ReadStoreModule } from '@kravspar/read-store';
import { concurrencyProblem } from './command-http/concurrency-problem';
import { idempotencyMigrations } from './idempotency/idempotency.migrations';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency-store';
import { SlotEndpoints } from './commitments/slot.endpoints';
import { SupplierReportEndpoint } from './commitments/report.endpoint';
import { ContractFollowUpWriter } from './contracts/contract-follow-up-writer';
import { ContractFollowUpEndpoints } from './contracts/follow-up.endpoints';
import { SignContractEndpoint } from './contracts/sign-contract.endpoint';
import { StartContractEndpoint } from './contracts/start-contract.endpoint';
import { CandidateErasure } from './referrals/candidate-erasure';
import { EraseCandidateEndpoint } from './referrals/erase-candidate.endpoint';
import { ReferralEndpoints } from './referrals/referral.endpoints';
import { AddSocialCriterionEndpoint } from './procurements/add-social-criterion.endpoint';
import { AwardEndpoints } from './procurements/award.endpoints';
import { BidEndpoints } from './procurements/bid.endpoints';
import { CancelProcurementEndpoint } from './procurements/cancel-procurement.endpoint';
import { ClarificationEndpoints } from './procurements/clarification.endpoints';
import { ExtendDeadlineEndpoint } from './procurements/extend-deadline.endpoint';
import { InitiateProcurementEndpoint } from './procurements/initiate-procurement.endpoint';
import { InitiateProcurementHandler } from './procurements/initiate-procurement.handler';
import { OpeningAndEvaluationEndpoints } from './procurements/opening-and-evaluation.endpoints';
import { RunProcurementCommandHandler } from './procurements/procurement-command';
import { ProcurementWriter } from './procurements/procurement-writer';
import { StreamWriter } from './command-http/stream-writer';
import { PublishProcurementEndpoint } from './procurements/publish-procurement.endpoint';
import { RegistrationEndpoints } from './procurements/registration.endpoints';
import { ReviewEndpoints } from './procurements/review.endpoints';
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
        PiiVaultModule,
        // Erasure reads the referrals read model to find a candidate's referrals; migrating it here lets
        // command-api start before the projector and query-api have.
        ReadStoreModule,
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
        RegistrationEndpoints,
        PublishProcurementEndpoint,
        ClarificationEndpoints,
        ExtendDeadlineEndpoint,
        BidEndpoints,
        OpeningAndEvaluationEndpoints,
        AwardEndpoints,
        ReviewEndpoints,
        SignContractEndpoint,
        CancelProcurementEndpoint,
        StartContractEndpoint,
        SlotEndpoints,
        SupplierReportEndpoint,
        ContractFollowUpEndpoints,
        ReferralEndpoints,
        EraseCandidateEndpoint,
        TestClockEndpoint,
      ],
      providers: [
        StreamWriter,
        ContractFollowUpWriter,
        ProcurementWriter,
        InitiateProcurementHandler,
        RunProcurementCommandHandler,
        CandidateErasure,
        { provide: IdempotencyStore, inject: [DATABASE_POOL], useFactory: (pool: Pool) => new IdempotencyStore(pool) },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
      ],
    };
  }

  async onModuleInit(): Promise<void> {
    await runMigrations(this.pool, idempotencyMigrations);
  }
}
