import { ApiProperty } from '@nestjs/swagger';
import { DEVIATION_SEVERITIES, MEETING_ROLES, PLACEMENT_TYPES, REPORTING_SCHEDULES } from '@kravspar/domain';
import { COMPLIANCE_CONTRACT_STATUSES } from '@kravspar/read-models';
import { PeriodResponse } from '../contract-detail/contract-detail.response';

// Shapes for the OpenAPI document only; the answer is the read model's ContractComplianceView.

const date = (description = 'A date') => ApiProperty({ type: String, example: '2026-09-30', description });
const nullableDate = (description: string) => ApiProperty({ type: String, nullable: true, description });

class ReportPeriodResponse extends PeriodResponse {
  @date('Due 30 days after the period ends') readonly dueDate!: string;
  @ApiProperty({ enum: ['received', 'receivedLate', 'overdue', 'due', 'upcoming'] }) readonly status!: string;
  @ApiProperty({ type: String, nullable: true }) readonly submittedAt!: string | null;
}

class ReportsResponse {
  @ApiProperty({ description: 'Periods that are over: a report is expected for each' }) readonly due!: number;
  @ApiProperty({ description: 'Reports received, late ones included' }) readonly received!: number;
  @ApiProperty({ description: 'Periods marked ReportOverdue and still without a report' }) readonly overdue!: number;
  @ApiProperty({ description: 'Reports received after their period was marked overdue' }) readonly late!: number;
  @ApiProperty({ type: [ReportPeriodResponse] }) readonly periods!: ReportPeriodResponse[];
}

class FirstPlacementResponse {
  @date('Contract start + firstPlacementDueDays (S6)') readonly dueDate!: string;
  @nullableDate('The first PlacementStarted date') readonly startedOn!: string | null;
  @ApiProperty({ description: 'Days from the contract start to the first start (to today while none started)' }) readonly days!: number;
  @ApiProperty() readonly dueDays!: number;
  @ApiProperty({ enum: ['onTime', 'late', 'overdue', 'pending'] }) readonly status!: string;
}

class OutcomeResponse {
  @ApiProperty({ enum: ['Fulfilled', 'Breached'] }) readonly status!: string;
  @ApiProperty({ description: 'Placements S7 counted' }) readonly placementsCounted!: number;
  @ApiProperty() readonly unitsRequired!: number;
}

class CommitmentComplianceResponse {
  @ApiProperty() readonly commitmentId!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty({ enum: PLACEMENT_TYPES, nullable: true }) readonly placementType!: string | null;
  @ApiProperty({ enum: REPORTING_SCHEDULES, nullable: true }) readonly reportingSchedule!: string | null;
  @ApiProperty({ type: ReportsResponse }) readonly reports!: ReportsResponse;
  @ApiProperty({ type: FirstPlacementResponse, nullable: true }) readonly firstPlacement!: FirstPlacementResponse | null;
  @nullableDate('The contract period end, once CommitmentPeriodEnded') readonly periodEndedOn!: string | null;
  @ApiProperty({ type: OutcomeResponse, nullable: true }) readonly outcome!: OutcomeResponse | null;
}

class MeetingResponse {
  @ApiProperty() readonly heldAt!: string;
  @ApiProperty({ enum: MEETING_ROLES, isArray: true }) readonly participants!: string[];
}

class RectificationRequestResponse {
  @date() readonly deadline!: string;
  @ApiProperty() readonly requestedAt!: string;
}

class DeviationResponse {
  @ApiProperty() readonly deviationId!: string;
  @ApiProperty() readonly observedAt!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty({ enum: DEVIATION_SEVERITIES }) readonly severity!: string;
  @ApiProperty() readonly description!: string;
  @ApiProperty({ type: [RectificationRequestResponse] }) readonly rectificationRequests!: RectificationRequestResponse[];
  @nullableDate('Null while open') readonly rectifiedOn!: string | null;
}

class DeviationsResponse {
  @ApiProperty({ description: 'Not yet rectified' }) readonly open!: number;
  @ApiProperty({ type: [DeviationResponse] }) readonly items!: DeviationResponse[];
}

class DeadlineResponse {
  @ApiProperty() readonly deviationId!: string;
  @date('The latest deadline set') readonly deadline!: string;
  @ApiProperty() readonly passed!: boolean;
}

class MoneyResponse {
  @ApiProperty() readonly amount!: number;
  @ApiProperty({ example: 'SEK' }) readonly currency!: string;
}

class WaiverResponse {
  @ApiProperty() readonly justification!: string;
  @ApiProperty() readonly waivedAt!: string;
  @ApiProperty() readonly byRole!: string;
}

class PenaltyResponse {
  @ApiProperty() readonly penaltyId!: string;
  @ApiProperty() readonly deviationId!: string;
  @ApiProperty() readonly criterionId!: string;
  @ApiProperty() readonly sanction!: string;
  @ApiProperty({ type: MoneyResponse }) readonly amount!: MoneyResponse;
  @ApiProperty() readonly imposedAt!: string;
  @ApiProperty({ type: WaiverResponse, nullable: true }) readonly waiver!: WaiverResponse | null;
}

class PenaltiesResponse {
  @ApiProperty() readonly imposed!: number;
  @ApiProperty() readonly waived!: number;
  @ApiProperty({ type: [PenaltyResponse] }) readonly items!: PenaltyResponse[];
}

class EndResponse {
  @date() readonly date!: string;
  @ApiProperty({ required: false, description: 'Termination only' }) readonly reason?: string;
}

export class ContractComplianceResponse {
  @ApiProperty() readonly contractId!: string;
  @ApiProperty() readonly procurementId!: string;
  @ApiProperty({ description: 'The contract owner' }) readonly buyerUnitId!: string;
  @ApiProperty() readonly supplierId!: string;
  @ApiProperty({ enum: COMPLIANCE_CONTRACT_STATUSES }) readonly status!: string;
  @ApiProperty({ type: PeriodResponse }) readonly period!: PeriodResponse;
  @nullableDate('Null until started') readonly startedOn!: string | null;
  @ApiProperty({ type: EndResponse, nullable: true }) readonly ended!: EndResponse | null;
  @ApiProperty({ type: [CommitmentComplianceResponse] }) readonly commitments!: CommitmentComplianceResponse[];
  @ApiProperty({ type: [MeetingResponse] }) readonly followUpMeetings!: MeetingResponse[];
  @ApiProperty({ type: DeviationsResponse }) readonly deviations!: DeviationsResponse;
  @ApiProperty({ type: [DeadlineResponse], description: 'Open deviations with a rectification deadline, earliest first' })
  readonly rectificationDeadlines!: DeadlineResponse[];
  @ApiProperty({ type: PenaltiesResponse }) readonly penalties!: PenaltiesResponse;
  @ApiProperty({ description: 'The contract stream revision the view reflects' }) readonly revision!: number;
}
