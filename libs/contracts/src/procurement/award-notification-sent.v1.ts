import { ID, INSTANT, NULLABLE_CALENDAR_DATE, codes, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { PROCUREMENT_TOPIC } from '../topics';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from '../vocabulary';

/**
 * The award decision was sent to the tenderers: from now on the winners are public (P5). Only the
 * winning suppliers are named; prices, scores and the other tenderers never travel.
 */
export interface AwardNotificationSentV1 {
  readonly procurementId: string;
  readonly buyerUnitId: string;
  readonly sentAt: string;
  readonly channel: NotificationChannel;
  /** P7: the last standstill day (Stockholm date); null for a direct award (no standstill). */
  readonly standstillLastDay: string | null;
  readonly winnerSupplierIds: readonly string[];
}

export const AWARD_NOTIFICATION_SENT_V1 = messageContract<AwardNotificationSentV1>({
  type: 'kravspar.procurement.award-notification-sent.v1',
  topic: PROCUREMENT_TOPIC,
  summary: 'The award decision was notified to the tenderers; the standstill runs (LOU 20:1).',
  schema: messageSchema(
    'AwardNotificationSentV1',
    ['procurementId', 'buyerUnitId', 'sentAt', 'channel', 'standstillLastDay', 'winnerSupplierIds'],
    {
      procurementId: ID,
      buyerUnitId: ID,
      sentAt: INSTANT,
      channel: codes(NOTIFICATION_CHANNELS),
      standstillLastDay: NULLABLE_CALENDAR_DATE,
      winnerSupplierIds: { type: 'array', items: ID },
    },
  ),
  example: {
    procurementId: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    buyerUnitId: 'waste-department',
    sentAt: '2026-05-04T10:00:00+02:00',
    channel: 'electronic',
    standstillLastDay: '2026-05-14',
    winnerSupplierIds: ['supplier-gotland-clean'],
  },
});
