import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Max, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from '@kravspar/read-store';

export const DEFAULT_OCDS_PAGE_SIZE = 100;

/** The query string of GET /ocds/releases. */
export class OcdsReleasesParams {
  @ApiPropertyOptional({ example: '2026-03-02T10:00:00+01:00', description: 'Only releases recorded at or after this time (a harvester passes the time of its last harvest)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'since must carry a time zone (Z or ±hh:mm)' })
  readonly since?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1, description: '1-based' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  readonly page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_OCDS_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  readonly pageSize?: number;
}
