import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

// Shapes of the parts of a procurement for the OpenAPI document only (see ProcurementDetailResponse).

export class MoneyResponse {
  @ApiProperty() readonly amount!: number;
  @ApiProperty({ example: 'SEK' }) readonly currency!: string;
}

export class CancellationResponse {
  @ApiProperty() readonly reasonCategory!: string;
  @ApiProperty() readonly justification!: string;
  @ApiProperty() readonly cancelledAt!: string;
}

export class ClarificationResponse {
  @ApiProperty() readonly questionId!: string;
  @ApiProperty() readonly question!: string;
  @ApiProperty() readonly askedAt!: string;
  @ApiPropertyOptional() readonly answer?: string;
  @ApiPropertyOptional() readonly answeredAt?: string;
  @ApiPropertyOptional({ description: 'P3: the deadline must be extended' }) readonly extensionRequired?: boolean;
}

export class DeadlineExtensionResponse {
  @ApiProperty() readonly previousDeadline!: string;
  @ApiProperty() readonly newDeadline!: string;
  @ApiProperty() readonly reason!: string;
  @ApiProperty() readonly extendedAt!: string;
}

export class BidResponse {
  @ApiProperty() readonly bidId!: string;
  @ApiProperty() readonly supplierId!: string;
  @ApiProperty({ type: MoneyResponse }) readonly price!: MoneyResponse;
  @ApiPropertyOptional() readonly socialOffer?: string;
  @ApiProperty() readonly receivedAt!: string;
  @ApiProperty() readonly withdrawn!: boolean;
  @ApiPropertyOptional() readonly withdrawnAt?: string;
  @ApiPropertyOptional({ description: '`{verdict: qualified}` or `{verdict: excluded, ground?, reason?}`', type: 'object', additionalProperties: true })
  readonly assessment?: object;
  @ApiPropertyOptional() readonly score?: number;
  @ApiPropertyOptional({ description: '1-based place in the ranking' }) readonly rank?: number;
  @ApiPropertyOptional() readonly winner?: boolean;
}

export class OpeningResponse {
  @ApiProperty() readonly openedAt!: string;
  @ApiProperty({ type: [String] }) readonly openers!: string[];
  @ApiPropertyOptional({ type: [String], description: 'Withheld under P5 outside the team until disclosure' })
  readonly bidIds?: string[];
}

export class AwardResponse {
  @ApiProperty() readonly decidedAt!: string;
  @ApiPropertyOptional({ type: [String], description: 'Withheld under P5 outside the team until disclosure' })
  readonly winnerBidIds?: string[];
  @ApiPropertyOptional({ description: 'Withheld under P5 outside the team until disclosure' }) readonly reasons?: string;
}

export class NotificationResponse {
  @ApiProperty() readonly sentAt!: string;
  @ApiProperty({ enum: ['electronic', 'other'] }) readonly channel!: string;
}

class InterimOrderResponse {
  @ApiProperty() readonly issuedAt!: string;
  @ApiPropertyOptional() readonly liftedAt?: string;
}

class CourtDecisionResponse {
  @ApiProperty() readonly decidedAt!: string;
  @ApiProperty({ enum: ['rejected', 'correction', 'redo'] }) readonly outcome!: string;
}

export class ReviewResponse {
  @ApiProperty() readonly caseNo!: string;
  @ApiProperty() readonly court!: string;
  @ApiProperty() readonly filedAt!: string;
  @ApiProperty() readonly duringStandstill!: boolean;
  @ApiProperty() readonly interimOrderInForce!: boolean;
  @ApiProperty({ type: [InterimOrderResponse] }) readonly interimOrders!: InterimOrderResponse[];
  @ApiPropertyOptional({ type: CourtDecisionResponse }) readonly decision?: CourtDecisionResponse;
}

class PeriodResponse {
  @ApiProperty({ example: '2026-06-01' }) readonly start!: string;
  @ApiProperty({ example: '2028-05-31' }) readonly end!: string;
}

export class ContractResponse {
  @ApiProperty() readonly contractId!: string;
  @ApiProperty() readonly bidId!: string;
  @ApiProperty() readonly supplierId!: string;
  @ApiProperty() readonly signedAt!: string;
  @ApiProperty({ type: PeriodResponse }) readonly period!: PeriodResponse;
}

export class AwardNoticeResponse {
  @ApiProperty() readonly publishedNoticeAt!: string;
  @ApiProperty() readonly noticeRef!: string;
  @ApiProperty({ description: 'P11: more than 30 days after signing' }) readonly late!: boolean;
}

export class CorrectionResponse {
  @ApiProperty({ description: 'Revision of the correction' }) readonly revision!: number;
  @ApiProperty({ description: 'Revision of the event it corrects' }) readonly correctsRevision!: number;
  @ApiProperty() readonly eventType!: string;
  @ApiProperty() readonly field!: string;
  @ApiProperty({ description: 'Any JSON value' }) readonly correctedValue!: unknown;
  @ApiProperty() readonly reason!: string;
  @ApiProperty() readonly correctedAt!: string;
}
