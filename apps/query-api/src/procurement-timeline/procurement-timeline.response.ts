import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@kravspar/domain';
import type { TimelineEntry, TimelineFlag } from '@kravspar/read-models';
import type { ProcurementTimeline } from './get-procurement-timeline.query';

// Shapes for the OpenAPI document only; the answer is the read model's own objects.

class ActorResponse {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly role!: Role;
  @ApiProperty() readonly unitId!: string;
  @ApiProperty({ required: false }) readonly supplierId?: string;
}

class TimelineEntryResponse implements TimelineEntry {
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ example: 'ProcurementPublished' }) readonly type!: string;
  @ApiProperty({ description: 'Business time of the act' }) readonly occurredAt!: string;
  @ApiProperty({ description: 'When the system recorded it' }) readonly recordedAt!: string;
  @ApiProperty({ type: ActorResponse }) readonly actor!: ActorResponse;
  @ApiProperty({ type: [String], example: ['P2', 'T1'] }) readonly ruleRefs!: string[];
  @ApiProperty({ type: [String], enum: ['late-registration'] }) readonly flags!: TimelineFlag[];
}

export class ProcurementTimelineResponse implements ProcurementTimeline {
  @ApiProperty({ type: [TimelineEntryResponse] }) readonly items!: TimelineEntryResponse[];
}
