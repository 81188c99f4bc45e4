import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, Matches, Min } from 'class-validator';

/** The query string of GET /audit/streams/{streamId}/state (and the base of /events): as the system knew it at a time. */
export class AuditStateParams {
  @ApiPropertyOptional({ example: '2026-03-02T10:00:00+01:00', description: 'Recorded time: what the system had stored by then (now when absent)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(/(Z|[+-]\d{2}:\d{2})$/, { message: 'asOf must carry a time zone (Z or ±hh:mm)' })
  readonly asOf?: string;
}

/** The query string of GET /audit/streams/{streamId}/events: the stream as known at a time, or up to a revision. */
export class AuditEventsParams extends AuditStateParams {
  @ApiPropertyOptional({ minimum: 0, description: 'The stream up to and including this revision' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  readonly revision?: number;
}

/** The query string of GET /audit/verify. */
export class AuditVerifyParams {
  @ApiPropertyOptional({ example: 'procurement-2f6c…', description: 'One stream; without it, the whole log' })
  @IsOptional()
  @Matches(/^\S{1,200}$/, { message: 'streamId must be a stream id' })
  readonly streamId?: string;
}
