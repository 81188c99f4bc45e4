import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';
import { PageParams } from '../page.params';

/** The query string of GET /ocds/releases: the shared paging and `since`. */
export class OcdsReleasesParams extends PageParams {
  @ApiPropertyOptional({ example: '2026-03-02T10:00:00+01:00', description: 'Only releases recorded at or after this time (a harvester passes the time of its last harvest)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'since must carry a time zone (Z or ±hh:mm)' })
  readonly since?: string;
}
