import { ID, INSTANT, TEXT, messageSchema } from '../json-schema';
import { messageContract } from '../message-contract';
import { NOTIFICATIONS_TOPIC } from '../topics';

/** Who a notification is for: a role, within a unit or, for a supplier, that supplier. */
export interface NotificationRecipientV1 {
  readonly unitId?: string;
  readonly role: string;
  readonly supplierId?: string;
}

/**
 * A notification the notifier derived from an integration message or one of its timers (domain.md §5).
 * No personal data: units, roles, suppliers and aggregate ids only.
 */
export interface NotificationV1 {
  readonly notificationId: string;
  /** The integration message (or timer) it was derived from; with `rule`, what makes it unique. */
  readonly sourceEventId: string;
  /** The notification rule that fired, e.g. `placement-criterion-published`. */
  readonly rule: string;
  readonly recipient: NotificationRecipientV1;
  /** The aggregate it is about (procurement, contract, commitment or referral id). */
  readonly subject: string;
  readonly title: string;
  readonly body?: string;
  readonly createdAt: string;
}

export const NOTIFICATION_V1 = messageContract<NotificationV1>({
  type: 'kravspar.notification.created.v1',
  topic: NOTIFICATIONS_TOPIC,
  summary: 'A notification for a unit and role (or a supplier), derived by the notifier.',
  schema: messageSchema('NotificationV1', ['notificationId', 'sourceEventId', 'rule', 'recipient', 'subject', 'title', 'createdAt'], {
    notificationId: ID,
    sourceEventId: ID,
    rule: TEXT,
    recipient: {
      type: 'object',
      additionalProperties: false,
      required: ['role'],
      properties: { unitId: ID, role: TEXT, supplierId: ID },
    },
    subject: ID,
    title: TEXT,
    body: { type: 'string' },
    createdAt: INSTANT,
  }),
  example: {
    notificationId: '3c2b1a09-8f7e-4d6c-9b5a-493827160e5d',
    sourceEventId: '1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9',
    rule: 'placement-criterion-published',
    recipient: { unitId: 'labour-market-unit', role: 'labour-market' },
    subject: '7d1f3c2a-5b7e-4c1d-9a8b-2f3e4d5c6b7a',
    title: 'Placements coming: Cleaning of the recycling stations',
    createdAt: '2026-03-02T09:00:05+01:00',
  },
});
