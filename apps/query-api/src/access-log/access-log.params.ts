import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageParams } from '../page.params';
import { ACCESS_KINDS, type AccessKind } from './access-log';

const ZONED = /(Z|[+-]\d{2}:\d{2})$/;

/** The query string of GET /audit/access-log: filters, each optional, and the page. */
export class AccessLogParams extends PageParams {
  @ApiPropertyOptional({ enum: ACCESS_KINDS })
  @IsOptional()
  @IsIn(ACCESS_KINDS)
  readonly kind?: AccessKind;

  @ApiPropertyOptional({ description: 'The reader' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly userId?: string;

  @ApiPropertyOptional({ description: 'A procurement, bid, referral or candidate reference the read concerned' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly objectId?: string;

  @ApiPropertyOptional({ example: '2026-03-02T10:00:00+01:00', description: 'Reads at or after this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ZONED, { message: 'from must carry a time zone (Z or ±hh:mm)' })
  readonly from?: string;

  @ApiPropertyOptional({ example: '2026-03-02T10:00:00+01:00', description: 'Reads before this instant' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Matches(ZONED, { message: 'to must carry a time zone (Z or ±hh:mm)' })
  readonly to?: string;
}
