import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INTERRUPTION_REASONS, PLACEMENT_OUTCOMES } from '@kravspar/domain';
import {
  COMMITMENT_STATUSES,
  SLOT_STATUSES,
  type CommitmentStatus,
  type PlacementFunnel,
  type SlotInterruption,
  type SlotStatus,
} from '@kravspar/read-models';

// Shapes for the OpenAPI document only; the answer is the read model's CommitmentDocument.

export class PlacementFunnelResponse implements PlacementFunnel {
  @ApiProperty({ description: "The criterion's unitsRequired (0 without placements)" }) readonly committed!: number;
  @ApiProperty({ description: 'Slots not withdrawn (offered, matched, started or completed)' }) readonly offered!: number;
  @ApiProperty({ description: 'Slots Matched, Started or Completed' }) readonly matched!: number;
  @ApiProperty({ description: 'Slots Started or Completed' }) readonly started!: number;
  @ApiProperty({ description: 'Slots Started' }) readonly ongoing!: number;
  @ApiProperty({ description: 'Slots Completed' }) readonly completed!: number;
  @ApiProperty({ description: 'PlacementInterrupted events so far (an interruption reopens its slot)' }) readonly interrupted!: number;
}

class StartWindowResponse {
  @ApiProperty({ example: '2026-08-01', description: 'A date' }) readonly from!: string;
  @ApiProperty({ example: '2026-09-30', description: 'A date' }) readonly to!: string;
}

class SlotInterruptionResponse implements SlotInterruption {
  @ApiProperty({ description: 'A date' }) readonly date!: string;
  @ApiProperty({ enum: INTERRUPTION_REASONS }) readonly reasonCode!: SlotInterruption['reasonCode'];
}

class SlotResponse {
  @ApiProperty() readonly slotId!: string;
  @ApiProperty() readonly site!: string;
  @ApiProperty({ type: StartWindowResponse }) readonly startWindow!: StartWindowResponse;
  @ApiProperty({ enum: SLOT_STATUSES }) readonly status!: SlotStatus;
  @ApiProperty({ description: 'ISO 8601 instant' }) readonly offeredAt!: string;
  @ApiPropertyOptional({ description: 'Opaque referral id of the present placement; never a candidate identity' }) readonly referralId?: string;
  @ApiPropertyOptional({ description: 'ISO 8601 instant' }) readonly matchedAt?: string;
  @ApiPropertyOptional({ description: 'A date' }) readonly startedOn?: string;
  @ApiPropertyOptional({ description: 'A date' }) readonly completedOn?: string;
  @ApiPropertyOptional({ enum: PLACEMENT_OUTCOMES }) readonly outcomeCode?: string;
  @ApiPropertyOptional() readonly monthsServed?: number;
  @ApiProperty({ type: [SlotInterruptionResponse] }) readonly interruptions!: SlotInterruptionResponse[];
}

export class CommitmentDetailResponse {
  @ApiProperty() readonly id!: string;
  @ApiProperty() readonly contractId!: string;
  @ApiProperty() readonly procurementId!: string;
  @ApiProperty({ description: 'The contract owner' }) readonly buyerUnitId!: string;
  @ApiProperty() readonly supplierId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The social criterion (domain.md §2)' }) readonly criterion!: object;
  @ApiProperty({ description: 'Date of signing' }) readonly signedOn!: string;
  @ApiProperty({ description: 'The year of signing, which the KPIs count it in' }) readonly year!: number;
  @ApiProperty({ enum: COMMITMENT_STATUSES }) readonly status!: CommitmentStatus;
  @ApiProperty({ type: String, nullable: true, description: "The contract's start date; null before" }) readonly activatedOn!: string | null;
  @ApiProperty({ type: [SlotResponse] }) readonly slots!: SlotResponse[];
  @ApiProperty({ type: PlacementFunnelResponse }) readonly funnel!: PlacementFunnelResponse;
  @ApiProperty({ description: 'The commitment stream revision the document reflects; also the ETag' }) readonly revision!: number;
  @ApiProperty() readonly updatedAt!: string;
}

/** GET /commitments/{id}/funnel. */
export class CommitmentFunnelResponse extends PlacementFunnelResponse {
  @ApiProperty({ description: 'The commitment' }) readonly id!: string;
  @ApiProperty({ description: 'The commitment stream revision; also the ETag' }) readonly revision!: number;
}
