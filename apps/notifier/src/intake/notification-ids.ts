import { v5 as uuidV5 } from 'uuid';
import type { Recipient } from '../rules/recipients';

// A fixed namespace: the same source, rule and recipient always name the same notification.
const NOTIFICATION_NAMESPACE = '6f0e1c3a-2b7d-5e8f-9a41-0c3d5b7e9f12';

/**
 * The id of the notification `rule` raises for `recipient` from `sourceId` (an event id or a timer key):
 * redelivered messages and re-fired timers produce the same ids, which the table stores once.
 */
export function notificationId(sourceId: string, rule: string, recipient: Recipient): string {
  return uuidV5([sourceId, rule, recipient.role, recipient.unitId ?? '', recipient.supplierId ?? ''].join('\u0000'), NOTIFICATION_NAMESPACE);
}
