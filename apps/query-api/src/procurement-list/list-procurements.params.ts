import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PROCUREMENT_DOCUMENT_STATUSES, type ProcurementDocumentStatus } from '@kravspar/read-models';
import { MAX_PAGE_SIZE } from '@kravspar/read-store';

export const DEFAULT_PAGE_SIZE = 50;

/** The query string of GET /procurements (api.md §Conventions, Lists). */
export class ListProcurementsParams {
  @ApiPropertyOptional({ enum: PROCUREMENT_DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(PROCUREMENT_DOCUMENT_STATUSES)
  readonly status?: ProcurementDocumentStatus;

  @ApiPropertyOptional({ example: 'waste' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly buyerUnitId?: string;

  @ApiPropertyOptional({ minimum: 1, default: 1, description: '1-based' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  readonly page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  readonly pageSize?: number;
}
