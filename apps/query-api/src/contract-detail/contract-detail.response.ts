import { ApiProperty } from '@nestjs/swagger';
import { PLACEMENT_TYPES } from '@kravspar/domain';
import {
  COMMITMENT_STATUSES,
  CONTRACT_STATUSES,
  type CommitmentStatus,
  type ContractCommitment,
  type ContractDetail,
  type ContractStatus,
} from '@kravspar/read-models';

// Shapes for the OpenAPI document only; the answer is the read model's ContractDetail.

export class PeriodResponse {
  @ApiProperty({ example: '2026-06-01', description: 'A date' }) readonly start!: string;
  @ApiProperty({ example: '2028-05-31', description: 'A date' }) readonly end!: string;
}

class ContractCommitmentResponse implements ContractCommitment {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly contractId!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty({ enum: PLACEMENT_TYPES, nullable: true, description: 'Null for a criterion without placements' })
  readonly placementType!: ContractCommitment['placementType'];
  @ApiProperty({ type: Number, nullable: true }) readonly unitsRequired!: number | null;
  @ApiProperty({ enum: COMMITMENT_STATUSES }) readonly status!: CommitmentStatus;
  @ApiProperty({ description: 'The commitment stream revision this entry reflects' }) readonly revision!: number;
}

export class ContractDetailResponse implements ContractDetail {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly procurementId!: string;
  @ApiProperty({ description: 'The contract owner' }) readonly buyerUnitId!: string;
  @ApiProperty() readonly supplierId!: string;
  @ApiProperty() readonly bidId!: string;
  @ApiProperty({ description: 'ISO 8601 instant' }) readonly signedAt!: string;
  @ApiProperty({ type: PeriodResponse }) readonly period!: PeriodResponse;
  @ApiProperty({ type: String, nullable: true, description: 'A date; null until started' }) readonly startedOn!: string | null;
  @ApiProperty({ enum: CONTRACT_STATUSES }) readonly status!: ContractStatus;
  @ApiProperty({ type: [ContractCommitmentResponse], description: 'In the order they were established' })
  readonly commitments!: ContractCommitmentResponse[];
  @ApiProperty({ description: 'The contract stream revision the document reflects; also the ETag' }) readonly revision!: number;
  @ApiProperty() readonly updatedAt!: string;
}
