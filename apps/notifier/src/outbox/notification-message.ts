import { NOTIFICATION_V1, NOTIFICATIONS_TOPIC, toKafkaRecord, type IntegrationMessage, type NotificationV1 } from '@kravspar/contracts';
import type { StoredNotification } from '@kravspar/read-store';

/** Who publishes notifications (CloudEvents `source`). */
export const NOTIFIER_SOURCE = '/kravspar/notifier';

/**
 * A stored notification as the record on the notifications topic: a CloudEvent whose id is the
 * notification's (consumers dedupe on it), keyed by the aggregate it is about. Notifications have no place
 * in the event log; their `position` is 0.
 */
export function toNotificationMessage(notification: StoredNotification): IntegrationMessage {
  const data: NotificationV1 = {
    notificationId: notification.notificationId,
    sourceEventId: notification.sourceId,
    rule: notification.rule,
    recipient: notification.recipient,
    subject: notification.subject,
    title: notification.title,
    ...(notification.body !== undefined && { body: notification.body }),
    createdAt: notification.createdAt,
  };
  return toKafkaRecord(
    {
      specversion: '1.0',
      id: notification.notificationId,
      source: NOTIFIER_SOURCE,
      type: NOTIFICATION_V1.type,
      subject: notification.subject,
      time: notification.createdAt,
      datacontenttype: 'application/json',
      data,
      position: 0,
    },
    NOTIFICATIONS_TOPIC,
  );
}
