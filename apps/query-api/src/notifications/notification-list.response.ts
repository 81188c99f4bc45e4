import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NotificationRecipient, Page, StoredNotification } from '@kravspar/read-store';

// Shapes for the OpenAPI document only; the answers are the stored notifications.

class NotificationRecipientResponse implements NotificationRecipient {
  @ApiProperty({ example: 'labour-market' }) readonly role!: string;
  @ApiPropertyOptional({ example: 'arbetsliv-och-etablering', description: 'Absent: everyone in the role' }) readonly unitId?: string;
  @ApiPropertyOptional({ description: 'Set for notifications to one supplier' }) readonly supplierId?: string;
}

class NotificationResponse implements StoredNotification {
  @ApiProperty({ format: 'uuid' }) readonly notificationId!: string;
  @ApiProperty({ description: 'The integration message (source event id) or notifier timer it came from' }) readonly sourceId!: string;
  @ApiProperty({ example: 'placement-criterion-published' }) readonly rule!: string;
  @ApiProperty({ type: NotificationRecipientResponse }) readonly recipient!: NotificationRecipientResponse;
  @ApiProperty({ description: 'The procurement, contract, commitment or referral it is about' }) readonly subject!: string;
  @ApiProperty() readonly title!: string;
  @ApiPropertyOptional() readonly body?: string;
  @ApiProperty({ description: 'ISO 8601 instant' }) readonly createdAt!: string;
}

export class NotificationListResponse implements Page<StoredNotification> {
  @ApiProperty({ type: [NotificationResponse] }) readonly items!: NotificationResponse[];
  @ApiProperty() readonly page!: number;
  @ApiProperty() readonly pageSize!: number;
  @ApiProperty() readonly total!: number;
}
