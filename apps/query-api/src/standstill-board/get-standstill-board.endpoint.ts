import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '@kravspar/http';
import { GetStandstillBoardQuery, type StandstillBoard } from './get-standstill-board.query';
import { StandstillBoardResponse } from './standstill-board.response';

@ApiTags('procurements')
@ApiBearerAuth()
@Controller('standstill-board')
export class GetStandstillBoardEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /** Procurements in standstill (domain.md §4): end date, signing date, reviews and interim orders. */
  @Get()
  @Access('procurement-officer')
  @ApiOkResponse({ type: StandstillBoardResponse, description: 'Sorted by standstillLastDay' })
  @ApiForbiddenResponse({ description: 'Any role but procurement-officer' })
  board(): Promise<StandstillBoard> {
    return this.queries.execute(new GetStandstillBoardQuery());
  }
}
