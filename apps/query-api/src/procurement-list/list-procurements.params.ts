import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PROCUREMENT_DOCUMENT_STATUSES, type ProcurementDocumentStatus } from '@kravspar/read-models';
import { PagingParams } from '../paging.params';

export { DEFAULT_PAGE_SIZE } from '../paging.params';

/** The query string of GET /procurements (api.md §Conventions, Lists). */
export class ListProcurementsParams extends PagingParams {
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
}
