import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@kravspar/http';
import { CheckpointResponse } from './audit.responses';
import { LatestCheckpointQuery, type PublishedCheckpoint } from './latest-checkpoint.query';

@ApiTags('audit')
@Controller('audit/checkpoints')
export class LatestCheckpointEndpoint {
  constructor(private readonly queries: QueryBus) {}

  /**
   * The latest signed checkpoint, for anyone: publishing it widely is what makes a later rewrite of the log
   * detectable. Keep it, and check later exports and checkpoints against it.
   */
  @Get('latest')
  @Public()
  @ApiOkResponse({ type: CheckpointResponse })
  @ApiNotFoundResponse({ description: 'No checkpoint sealed yet' })
  latest(): Promise<PublishedCheckpoint> {
    return this.queries.execute(new LatestCheckpointQuery());
  }
}
