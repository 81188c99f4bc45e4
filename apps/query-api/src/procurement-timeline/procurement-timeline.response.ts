import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '@kravspar/domain';
import { TIMELINE_FLAGS, type TimelineFlag } from '@kravspar/read-models';
import type { TimelineEntryView } from '../procurement-visibility';
import type { ProcurementTimeline } from './get-procurement-timeline.query';

// Shapes for the OpenAPI document only; the answer is the read model's own objects.

class ActorResponse {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly role!: Role;
  @ApiProperty() readonly unitId!: string;
  @ApiProperty({ required: false }) readonly supplierId?: string;
}

class TimelineEntryResponse implements TimelineEntryView {
  @ApiProperty() readonly revision!: number;
  @ApiProperty({ example: 'ProcurementPublished' }) readonly type!: string;
  @ApiProperty({ description: 'Business time of the act' }) readonly occurredAt!: string;
  @ApiProperty({ description: 'When the system recorded it' }) readonly recordedAt!: string;
  @ApiProperty({ type: ActorResponse, nullable: true, description: 'Null for a supplier\'s act while P5 withholds the bidders' })
  readonly actor!: ActorResponse | null;
  @ApiProperty({ type: [String], example: ['P2', 'T1'] }) readonly ruleRefs!: string[];
  @ApiProperty({ type: [String], example: ['late-registration'], description: `One of ${TIMELINE_FLAGS.join(', ')}, or correction-of:<revision>` })
  readonly flags!: TimelineFlag[];
  @ApiProperty({ type: [String], required: false, description: 'The bids the event concerns; withheld under P5 outside the team until disclosure' })
  readonly bidIds?: string[];
}

export class ProcurementTimelineResponse implements ProcurementTimeline {
  @ApiProperty({ type: [TimelineEntryResponse] }) readonly items!: TimelineEntryResponse[];
}
