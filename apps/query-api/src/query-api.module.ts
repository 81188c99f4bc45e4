import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PiiVaultModule } from '@kravspar/pii-vault';
import { DatabaseModule } from '@kravspar/postgres';
import { ClockModule } from '@kravspar/clock';
import { ReadStoreModule } from '@kravspar/read-store';
import { AccessLogModule } from './access-log/access-log.module';
import { AuditModule } from './audit/audit.module';
import { OcdsModule } from './ocds/ocds.module';
import { GetCommitmentFunnelEndpoint } from './commitment-detail/get-commitment-funnel.endpoint';
import { GetCommitmentEndpoint } from './commitment-detail/get-commitment.endpoint';
import { GetCommitmentHandler } from './commitment-detail/get-commitment.query';
import { GetContractComplianceEndpoint } from './contract-compliance/get-contract-compliance.endpoint';
import { GetContractComplianceHandler } from './contract-compliance/get-contract-compliance.query';
import { GetSocialCriteriaCoverageEndpoint } from './social-criteria-coverage/social-criteria-coverage.endpoint';
import { GetSocialCriteriaCoverageHandler } from './social-criteria-coverage/social-criteria-coverage.query';
import { GetContractEndpoint } from './contract-detail/get-contract.endpoint';
import { GetContractHandler } from './contract-detail/get-contract.query';
import { GetPlacementKpisEndpoint } from './placement-kpis/get-placement-kpis.endpoint';
import { GetPlacementKpisHandler } from './placement-kpis/get-placement-kpis.query';
import { GetPlacementOutcomesEndpoint } from './placement-outcomes/get-placement-outcomes.endpoint';
import { GetPlacementOutcomesHandler } from './placement-outcomes/get-placement-outcomes.query';
import { GetProcurementEndpoint } from './procurement-detail/get-procurement.endpoint';
import { GetProcurementHandler } from './procurement-detail/get-procurement.query';
import { ListProcurementsEndpoint } from './procurement-list/list-procurements.endpoint';
import { ListProcurementsHandler } from './procurement-list/list-procurements.query';
import { GetProcurementTimelineEndpoint } from './procurement-timeline/get-procurement-timeline.endpoint';
import { GetProcurementTimelineHandler } from './procurement-timeline/get-procurement-timeline.query';
import { GetReferralEndpoint } from './referral-detail/get-referral.endpoint';
import { GetReferralHandler } from './referral-detail/get-referral.query';
import { ListNotificationsEndpoint } from './notifications/list-notifications.endpoint';
import { ListNotificationsHandler } from './notifications/list-notifications.query';
import { GetStandstillBoardEndpoint } from './standstill-board/get-standstill-board.endpoint';
import { GetStandstillBoardHandler } from './standstill-board/get-standstill-board.query';

/**
 * The queries of `query-api` (architecture §1): HTTP → QueryBus → handlers that read only read models, and
 * the PII vault for the labour-market unit's referrals. It migrates the read-model tables too, so it can
 * start before the projector has. Needs `SETTINGS` and, for the routes, the HTTP edge (access guard,
 * validation, problem+json) from the app around it.
 */
@Module({
  imports: [DatabaseModule, ClockModule, ReadStoreModule, PiiVaultModule, CqrsModule.forRoot(), AuditModule, OcdsModule, AccessLogModule],
  controllers: [
    ListProcurementsEndpoint,
    GetProcurementTimelineEndpoint,
    GetProcurementEndpoint,
    GetStandstillBoardEndpoint,
    GetContractEndpoint,
    GetContractComplianceEndpoint,
    GetSocialCriteriaCoverageEndpoint,
    GetCommitmentFunnelEndpoint,
    GetCommitmentEndpoint,
    GetPlacementKpisEndpoint,
    GetPlacementOutcomesEndpoint,
    GetReferralEndpoint,
    ListNotificationsEndpoint,
  ],
  providers: [
    ListProcurementsHandler,
    GetProcurementHandler,
    GetProcurementTimelineHandler,
    GetStandstillBoardHandler,
    GetContractHandler,
    GetContractComplianceHandler,
    GetSocialCriteriaCoverageHandler,
    GetCommitmentHandler,
    GetPlacementKpisHandler,
    GetPlacementOutcomesHandler,
    GetReferralHandler,
    ListNotificationsHandler,
  ],
})
export class QueryApiModule {}
