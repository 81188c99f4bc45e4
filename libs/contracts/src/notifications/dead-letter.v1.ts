import { ID, INSTANT, TEXT } from '../json-schema';
import { NOTIFICATIONS_DLQ_TOPIC } from '../topics';

/**
 * A message the notifier parked after bounded retries. The record keeps the original key, value and
 * headers unchanged (so it can be replayed to its topic) and adds these headers.
 */
export const DEAD_LETTER_HEADERS = {
  error: 'kravspar_dlq_error',
  sourceTopic: 'kravspar_dlq_source_topic',
  sourcePartition: 'kravspar_dlq_source_partition',
  sourceOffset: 'kravspar_dlq_source_offset',
  attempts: 'kravspar_dlq_attempts',
  parkedAt: 'kravspar_dlq_parked_at',
} as const;

export const DEAD_LETTER_V1 = {
  topic: NOTIFICATIONS_DLQ_TOPIC,
  summary: 'A message the notifier could not process (unreadable, unknown type or version, invalid data) after bounded retries.',
  /** The headers added to the original ones (the original `ce_*` headers stay when there were any). */
  headersSchema: {
    type: 'object',
    required: Object.values(DEAD_LETTER_HEADERS),
    properties: {
      [DEAD_LETTER_HEADERS.error]: { ...TEXT, description: 'What went wrong: the error class and message (no message data).' },
      [DEAD_LETTER_HEADERS.sourceTopic]: TEXT,
      [DEAD_LETTER_HEADERS.sourcePartition]: { type: 'string', pattern: '^\\d+$' },
      [DEAD_LETTER_HEADERS.sourceOffset]: { type: 'string', pattern: '^\\d+$' },
      [DEAD_LETTER_HEADERS.attempts]: { type: 'string', pattern: '^\\d+$' },
      [DEAD_LETTER_HEADERS.parkedAt]: INSTANT,
      ce_id: ID,
      ce_type: TEXT,
    },
  },
  /** The original value, unchanged: any bytes, possibly not JSON at all. */
  payloadSchema: { description: 'The original message value, unchanged (possibly not JSON).' },
} as const;
