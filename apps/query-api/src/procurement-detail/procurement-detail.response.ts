import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROCUREMENT_DOCUMENT_STATUSES, type ProcurementDocumentStatus } from '@kravspar/read-models';
import {
  AwardNoticeResponse,
  AwardResponse,
  BidResponse,
  CancellationResponse,
  ClarificationResponse,
  ContractResponse,
  CorrectionResponse,
  DeadlineExtensionResponse,
  MoneyResponse,
  NotificationResponse,
  OpeningResponse,
  ReviewResponse,
} from './procurement-parts.response';

// Shapes for the OpenAPI document only; the answer is the read model's ProcurementDocument as P5 lets the
// caller see it.

const P5 = 'P5: outside the procurement team only after the award notification, cancellation or signing';

export class ProcurementDetailResponse {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ enum: PROCUREMENT_DOCUMENT_STATUSES }) readonly status!: ProcurementDocumentStatus;
  @ApiProperty({ description: 'A review application is undecided (blocks signing)' }) readonly underReview!: boolean;
  @ApiProperty() readonly buyerUnitId!: string;
  @ApiProperty() readonly procedure!: string;
  @ApiProperty() readonly regime!: string;
  @ApiProperty({ type: MoneyResponse }) readonly estimatedValue!: MoneyResponse;
  @ApiPropertyOptional() readonly cpv?: string;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'The social criteria (domain.md §2)' })
  readonly socialCriteria!: object[];
  @ApiPropertyOptional() readonly publishedAt?: string;
  @ApiPropertyOptional({ description: 'The current deadline, after extensions' }) readonly tenderDeadline?: string;
  @ApiPropertyOptional() readonly questionsDeadline?: string;
  @ApiPropertyOptional() readonly electronicTenders?: boolean;
  @ApiPropertyOptional() readonly noticeRef?: string;
  @ApiPropertyOptional({ description: 'The P2 minimum tender period in days' }) readonly minimumTenderDays?: number;
  @ApiProperty({ type: [DeadlineExtensionResponse] }) readonly deadlineExtensions!: DeadlineExtensionResponse[];
  @ApiProperty({ type: [ClarificationResponse], description: 'Without the asking supplier' })
  readonly clarifications!: ClarificationResponse[];
  @ApiProperty({ type: [BidResponse], description: `${P5}; a supplier always sees its own bids as submitted` })
  readonly bids!: BidResponse[];
  @ApiPropertyOptional({ description: `Bids not withdrawn; ${P5}` }) readonly bidCount?: number;
  @ApiPropertyOptional({ type: OpeningResponse }) readonly opening?: OpeningResponse;
  @ApiPropertyOptional({ type: AwardResponse }) readonly award?: AwardResponse;
  @ApiPropertyOptional({ type: NotificationResponse }) readonly notification?: NotificationResponse;
  @ApiPropertyOptional({ description: 'When P5 secrecy ended' }) readonly bidsDisclosedAt?: string;
  @ApiProperty({ type: String, nullable: true, description: 'Last day of the standstill (P7, P8), a date' })
  readonly standstillLastDay!: string | null;
  @ApiPropertyOptional() readonly standstillEndedAt?: string;
  @ApiProperty({ type: [ReviewResponse] }) readonly reviews!: ReviewResponse[];
  @ApiPropertyOptional({ type: ContractResponse }) readonly contract?: ContractResponse;
  @ApiPropertyOptional({ type: AwardNoticeResponse }) readonly awardNotice?: AwardNoticeResponse;
  @ApiProperty({ type: [CorrectionResponse] }) readonly corrections!: CorrectionResponse[];
  @ApiPropertyOptional({ type: CancellationResponse }) readonly cancellation?: CancellationResponse;
  @ApiProperty({ description: 'The stream revision the document reflects; also the ETag' }) readonly revision!: number;
  @ApiProperty() readonly updatedAt!: string;
}
