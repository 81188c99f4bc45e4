import type { Pool } from 'pg';
import { DEAD_LETTER_HEADERS, NOTIFICATIONS_DLQ_TOPIC, type IntegrationMessage } from '@kravspar/contracts';
import type { ReceivedMessage } from '@kravspar/messaging';
import type { PoisonMessageError } from './poison-message';

/** Longest error text carried in a header. */
const MAX_ERROR_LENGTH = 2_000;

/**
 * The dead-letter record of a poison message (`DEAD_LETTER_V1`): the original key, value and headers
 * unchanged, so it can be replayed to its topic as it came, plus headers saying where it came from, why it
 * was parked (error class and message; no message data) and after how many attempts.
 */
export function toDeadLetter(received: ReceivedMessage, error: PoisonMessageError, attempts: number, parkedAt: Date): IntegrationMessage {
  return {
    topic: NOTIFICATIONS_DLQ_TOPIC,
    key: received.key,
    value: received.value,
    headers: {
      ...received.headers,
      [DEAD_LETTER_HEADERS.error]: error.message.slice(0, MAX_ERROR_LENGTH),
      [DEAD_LETTER_HEADERS.sourceTopic]: received.topic,
      [DEAD_LETTER_HEADERS.sourcePartition]: String(received.partition),
      [DEAD_LETTER_HEADERS.sourceOffset]: received.offset,
      [DEAD_LETTER_HEADERS.attempts]: String(attempts),
      [DEAD_LETTER_HEADERS.parkedAt]: parkedAt.toISOString(),
    },
  };
}

/**
 * Keeps a parked message in `notifier_dead_letters` before it is published, so that it is not lost where
 * nobody consumes the dead-letter topic. (In-process offsets start again at each start, so they identify
 * nothing: a message parked again after a redelivery is kept twice, as the topic would have it twice.)
 */
export async function keepDeadLetter(pool: Pool, received: ReceivedMessage, error: PoisonMessageError, attempts: number, parkedAt: Date): Promise<void> {
  await pool.query(
    `INSERT INTO notifier_dead_letters (topic, partition, "offset", key, headers, value, error, attempts, parked_at)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9)`,
    [received.topic, received.partition, received.offset, received.key, JSON.stringify(received.headers), received.value,
      error.message.slice(0, MAX_ERROR_LENGTH), attempts, parkedAt],
  );
}
