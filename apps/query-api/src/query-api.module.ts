import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DatabaseModule } from '@kravspar/postgres';
import { ReadStoreModule } from '@kravspar/read-store';
import { GetProcurementEndpoint } from './procurement-detail/get-procurement.endpoint';
import { GetProcurementHandler } from './procurement-detail/get-procurement.query';
import { ListProcurementsEndpoint } from './procurement-list/list-procurements.endpoint';
import { ListProcurementsHandler } from './procurement-list/list-procurements.query';
import { GetProcurementTimelineEndpoint } from './procurement-timeline/get-procurement-timeline.endpoint';
import { GetProcurementTimelineHandler } from './procurement-timeline/get-procurement-timeline.query';
import { GetStandstillBoardEndpoint } from './standstill-board/get-standstill-board.endpoint';
import { GetStandstillBoardHandler } from './standstill-board/get-standstill-board.query';

/**
 * The queries of `query-api` (architecture §1): HTTP → QueryBus → handlers that read only read models.
 * It migrates the read-model tables too, so it can start before the projector has. Needs `SETTINGS` and,
 * for the routes, the HTTP edge (access guard, validation, problem+json) from the app around it.
 */
@Module({
  imports: [DatabaseModule, ReadStoreModule, CqrsModule.forRoot()],
  controllers: [ListProcurementsEndpoint, GetProcurementTimelineEndpoint, GetProcurementEndpoint, GetStandstillBoardEndpoint],
  providers: [ListProcurementsHandler, GetProcurementHandler, GetProcurementTimelineHandler, GetStandstillBoardHandler],
})
export class QueryApiModule {}
