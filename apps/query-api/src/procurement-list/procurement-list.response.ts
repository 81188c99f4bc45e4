import { ApiProperty } from '@nestjs/swagger';
import { PROCUREMENT_DOCUMENT_STATUSES, type ProcurementDocumentStatus, type ProcurementListItem } from '@kravspar/read-models';
import type { Page } from '@kravspar/read-store';

// Shapes for the OpenAPI document only; the answers are the read model's own objects.

export class ProcurementListItemResponse implements ProcurementListItem {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ enum: PROCUREMENT_DOCUMENT_STATUSES }) readonly status!: ProcurementDocumentStatus;
  @ApiProperty({ description: 'A review application is undecided' }) readonly underReview!: boolean;
  @ApiProperty() readonly buyerUnitId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'ISO 8601 instant; null before publication' })
  readonly tenderDeadline!: string | null;
  @ApiProperty() readonly socialCriteriaCount!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Bids not withdrawn; null where P5 withholds it' })
  readonly bidCount!: number | null;
  @ApiProperty({ description: 'The stream revision the row reflects' }) readonly revision!: number;
}

export class ProcurementListResponse implements Page<ProcurementListItem> {
  @ApiProperty({ type: [ProcurementListItemResponse] }) readonly items!: ProcurementListItemResponse[];
  @ApiProperty() readonly page!: number;
  @ApiProperty() readonly pageSize!: number;
  @ApiProperty() readonly total!: number;
}
