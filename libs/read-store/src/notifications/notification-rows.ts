import type { Queryable } from '../queryable';
import { MAX_PAGE_SIZE, type Page } from '../procurement-list';

/** Who a notification is for: a role, narrowed to a unit or a supplier when given (api.md §Roles). */
export interface NotificationRecipient {
  readonly role: string;
  readonly unitId?: string;
  readonly supplierId?: string;
}

/** One notification for one recipient, as stored and as published. No personal data. */
export interface StoredNotification {
  readonly notificationId: string;
  /** The source domain event id, or the key of the notifier timer that raised it. */
  readonly sourceId: string;
  readonly rule: string;
  readonly recipient: NotificationRecipient;
  /** The aggregate the notification is about. */
  readonly subject: string;
  readonly title: string;
  readonly body?: string;
  /** ISO 8601 instant on the Clock. */
  readonly createdAt: string;
}

/** An integration message the notifier has handled. */
export interface InboxEntry {
  readonly messageId: string;
  readonly type: string;
  readonly subject: string;
  readonly position: number;
  readonly topic: string;
  readonly receivedAt: Date;
}

/**
 * Records `entry` in the inbox with the number of notifications it raised. Returns false, writing nothing,
 * when the message is there already: the caller then rolls back whatever else it wrote for it.
 */
export async function recordInboxEntry(db: Queryable, entry: InboxEntry, notifications: number): Promise<boolean> {
  const { rowCount } = await db.query(
    `INSERT INTO notifier_inbox (message_id, type, subject, position, topic, notifications, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (message_id) DO NOTHING`,
    [entry.messageId, entry.type, entry.subject, entry.position, entry.topic, notifications, entry.receivedAt],
  );
  return rowCount === 1;
}

/** Stores notifications not stored yet (by id); returns how many were new. */
export async function insertNotifications(db: Queryable, notifications: readonly StoredNotification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const { rowCount } = await db.query(
    `INSERT INTO notifications (notification_id, source_id, rule, recipient_role, recipient_unit_id, recipient_supplier_id,
                                subject, title, body, created_at)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::text[], $10::timestamptz[])
     ON CONFLICT (notification_id) DO NOTHING`,
    [
      notifications.map((n) => n.notificationId),
      notifications.map((n) => n.sourceId),
      notifications.map((n) => n.rule),
      notifications.map((n) => n.recipient.role),
      notifications.map((n) => n.recipient.unitId ?? null),
      notifications.map((n) => n.recipient.supplierId ?? null),
      notifications.map((n) => n.subject),
      notifications.map((n) => n.title),
      notifications.map((n) => n.body ?? null),
      notifications.map((n) => n.createdAt),
    ],
  );
  return rowCount ?? 0;
}

interface NotificationRow {
  notificationId: string;
  sourceId: string;
  rule: string;
  role: string;
  unitId: string | null;
  supplierId: string | null;
  subject: string;
  title: string;
  body: string | null;
  createdAt: Date;
}

const SELECT_NOTIFICATION = `notification_id AS "notificationId", source_id AS "sourceId", rule,
  recipient_role AS role, recipient_unit_id AS "unitId", recipient_supplier_id AS "supplierId",
  subject, title, body, created_at AS "createdAt"`;

/**
 * Locks up to `limit` notifications not yet published, oldest first, skipping rows another publisher holds.
 * Call inside a transaction; mark what the topic acknowledged with `markNotificationsPublished` before commit.
 */
export async function claimUnpublishedNotifications(db: Queryable, limit: number): Promise<StoredNotification[]> {
  const { rows } = await db.query<NotificationRow>(
    `SELECT ${SELECT_NOTIFICATION} FROM notifications WHERE published_at IS NULL
      ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
    [limit],
  );
  return rows.map(toNotification);
}

export async function markNotificationsPublished(db: Queryable, notificationIds: readonly string[], at: Date): Promise<void> {
  await db.query('UPDATE notifications SET published_at = $2 WHERE notification_id = ANY($1::uuid[])', [notificationIds, at]);
}

/** The reader of an inbox: a notification is theirs when its role matches and its unit or supplier, if set, too. */
export interface NotificationReader {
  readonly role: string;
  readonly unitId?: string;
  readonly supplierId?: string;
}

// $1 role, $2 unit, $3 supplier of the reader.
const ADDRESSED_TO_READER = `recipient_role = $1 AND (recipient_unit_id IS NULL OR recipient_unit_id = $2)
  AND (recipient_supplier_id IS NULL OR recipient_supplier_id = $3)`;

/** A page of the notifications addressed to `reader`, newest first (api.md: GET /notifications). */
export async function listNotificationsFor(
  db: Queryable,
  reader: NotificationReader,
  paging: { page: number; pageSize: number },
): Promise<Page<StoredNotification>> {
  const { page, pageSize } = paging;
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`page must be a whole number ≥ 1, got ${page}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  const { rows } = await db.query<NotificationRow & { total: number }>(
    `SELECT ${SELECT_NOTIFICATION}, count(*) OVER ()::int AS total FROM notifications
      WHERE ${ADDRESSED_TO_READER} ORDER BY seq DESC LIMIT $4 OFFSET $5`,
    [reader.role, reader.unitId ?? null, reader.supplierId ?? null, pageSize, (page - 1) * pageSize],
  );
  // A page past the end has no row to carry the count.
  const total = rows[0]?.total ?? (page === 1 ? 0 : await countNotificationsFor(db, reader));
  return { items: rows.map(toNotification), page, pageSize, total };
}

async function countNotificationsFor(db: Queryable, reader: NotificationReader): Promise<number> {
  const { rows } = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM notifications
      WHERE ${ADDRESSED_TO_READER}`,
    [reader.role, reader.unitId ?? null, reader.supplierId ?? null],
  );
  return rows[0].total;
}

function toNotification(row: NotificationRow): StoredNotification {
  const recipient: NotificationRecipient = {
    role: row.role,
    ...(row.unitId !== null && { unitId: row.unitId }),
    ...(row.supplierId !== null && { supplierId: row.supplierId }),
  };
  return {
    notificationId: row.notificationId,
    sourceId: row.sourceId,
    rule: row.rule,
    recipient,
    subject: row.subject,
    title: row.title,
    ...(row.body !== null && { body: row.body }),
    createdAt: row.createdAt.toISOString(),
  };
}
