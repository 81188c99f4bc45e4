import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@kravspar/read-store';
import { ACCESS_KINDS, type AccessKind, type AccessLogEntry } from './access-log';

// Shapes for the OpenAPI document only.

class AccessLogActorResponse {
  @ApiProperty() readonly userId!: string;
  @ApiProperty() readonly role!: string;
  @ApiProperty({ type: String, nullable: true }) readonly unitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly supplierId!: string | null;
}

export class AccessLogEntryResponse implements AccessLogEntry {
  @ApiProperty() readonly id!: number;
  @ApiProperty({ description: 'ISO 8601 instant of the read (the system clock)' }) readonly readAt!: string;
  @ApiProperty({ enum: ACCESS_KINDS }) readonly kind!: AccessKind;
  @ApiProperty({ type: AccessLogActorResponse, description: 'From the verified token' }) readonly actor!: AccessLogActorResponse;
  @ApiProperty({ example: 'GET /referrals/{id}' }) readonly route!: string;
  @ApiProperty({ type: [String], description: 'Procurement and bid ids, or referral id and candidate reference' }) readonly objectIds!: string[];
  @ApiProperty({ type: String, nullable: true }) readonly correlationId!: string | null;
}

export class AccessLogPageResponse implements Page<AccessLogEntry> {
  @ApiProperty({ type: [AccessLogEntryResponse] }) readonly items!: AccessLogEntryResponse[];
  @ApiProperty() readonly page!: number;
  @ApiProperty() readonly pageSize!: number;
  @ApiProperty() readonly total!: number;
}
