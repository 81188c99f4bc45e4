import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECLINE_REASONS, WITHDRAWAL_REASONS } from '@kravspar/domain';
import { PLACEMENT_STATUSES, REFERRAL_STATUSES, type PlacementStatus, type ReferralStatus } from '@kravspar/read-models';

// Shapes for the OpenAPI document only; the answer is the read model's ReferralDocument with the candidate.

class ProposalResponse {
  @ApiProperty() readonly commitmentId!: string;
  @ApiProperty() readonly slotId!: string;
  @ApiProperty() readonly supplierId!: string;
}

class MatchedSlotResponse {
  @ApiProperty() readonly commitmentId!: string;
  @ApiProperty() readonly slotId!: string;
  @ApiProperty({ description: 'ISO 8601 instant' }) readonly matchedAt!: string;
  @ApiProperty({ enum: PLACEMENT_STATUSES }) readonly placementStatus!: PlacementStatus;
  @ApiProperty({ description: 'The commitment stream revision this reflects' }) readonly commitmentRevision!: number;
}

class CandidateContactResponse {
  @ApiPropertyOptional() readonly email?: string;
  @ApiPropertyOptional() readonly phone?: string;
}

class CandidateResponse {
  @ApiProperty() readonly name!: string;
  @ApiPropertyOptional() readonly personalNumber?: string;
  @ApiPropertyOptional({ type: CandidateContactResponse }) readonly contact?: CandidateContactResponse;
}

export class ReferralDetailResponse {
  @ApiProperty() readonly id!: string;
  @ApiProperty({ description: "The opaque reference of the candidate's identity in the PII vault" }) readonly candidateRef!: string;
  @ApiProperty() readonly targetGroupCode!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) readonly status!: ReferralStatus;
  @ApiPropertyOptional({ type: ProposalResponse, description: 'The slot last proposed' }) readonly proposal?: ProposalResponse;
  @ApiPropertyOptional({ enum: DECLINE_REASONS }) readonly declineReasonCode?: string;
  @ApiPropertyOptional({ enum: WITHDRAWAL_REASONS }) readonly withdrawalReasonCode?: string;
  @ApiPropertyOptional({ type: MatchedSlotResponse }) readonly matchedSlot?: MatchedSlotResponse;
  @ApiProperty({ type: CandidateResponse, nullable: true, description: 'Decrypted from the PII vault; null once erased' })
  readonly candidate!: CandidateResponse | null;
  @ApiProperty({ description: "True once the candidate's data was erased (crypto-shredding)" }) readonly erased!: boolean;
  @ApiPropertyOptional({ description: 'ISO 8601 instant of the erasure, once the referral records it' }) readonly candidateErasedAt?: string;
  @ApiProperty({ description: 'The referral stream revision the document reflects; also the ETag' }) readonly revision!: number;
  @ApiProperty() readonly updatedAt!: string;
}
