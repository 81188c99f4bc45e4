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
