import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROCUREMENT_DOCUMENT_STATUSES, type ProcurementDocumentStatus } from '@kravspar/read-models';

// Shapes for the OpenAPI document only; the answer is the read model's ProcurementDocument.

class MoneyResponse {
  @ApiProperty() readonly amount!: number;
  @ApiProperty({ example: 'SEK' }) readonly currency!: string;
}

class CancellationResponse {
  @ApiProperty() readonly reasonCategory!: string;
  @ApiProperty() readonly justification!: string;
  @ApiProperty() readonly cancelledAt!: string;
}

export class ProcurementDetailResponse {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ enum: PROCUREMENT_DOCUMENT_STATUSES }) readonly status!: ProcurementDocumentStatus;
  @ApiProperty() readonly buyerUnitId!: string;
  @ApiProperty() readonly procedure!: string;
  @ApiProperty() readonly regime!: string;
  @ApiProperty({ type: MoneyResponse }) readonly estimatedValue!: MoneyResponse;
  @ApiPropertyOptional() readonly cpv?: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The social criteria (domain.md §2)' })
  readonly socialCriteria!: object[];
  @ApiPropertyOptional() readonly publishedAt?: string;
  @ApiPropertyOptional() readonly tenderDeadline?: string;
  @ApiPropertyOptional() readonly questionsDeadline?: string;
  @ApiPropertyOptional() readonly electronicTenders?: boolean;
  @ApiPropertyOptional({ type: CancellationResponse }) readonly cancellation?: CancellationResponse;
  @ApiProperty({ type: String, nullable: true, description: 'Last day of the standstill (P7), a date' })
  readonly standstillLastDay!: string | null;
  @ApiProperty({ type: 'array', items: { type: 'object' } }) readonly reviews!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Procurement team only until the award notification (P5)' })
  readonly bids!: object[];
  @ApiProperty({ description: 'The stream revision the document reflects; also the ETag' }) readonly revision!: number;
  @ApiProperty() readonly updatedAt!: string;
}
