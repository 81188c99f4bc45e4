import { fromKafkaRecord, type IntegrationEvent, type IntegrationMessage } from '@kravspar/contracts';
import { parseIntegrationEvent } from '@kravspar/messaging';
import { rulesFor } from '../rules/message-rules';
import type { RuleOutcome } from '../rules/rule-outcome';

/**
 * A message the notifier cannot turn into notifications however often it tries: unreadable (headers,
 * JSON), of an unknown type or version, with data its schema refuses, or that a rule cannot handle. It is
 * parked on the dead-letter topic after the bounded retries; a failure to write (the database) is not
 * poison and is never parked.
 */
export class PoisonMessageError extends Error {
  override readonly name = 'PoisonMessageError';

  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason), { cause: reason });
  }
}

/** Reads a message and applies the rules, before anything is written; throws `PoisonMessageError`. */
export function decodeMessage(message: IntegrationMessage): { event: IntegrationEvent<unknown>; outcome: RuleOutcome } {
  try {
    const event = parseIntegrationEvent(fromKafkaRecord(message));
    return { event, outcome: rulesFor(event) };
  } catch (error) {
    throw new PoisonMessageError(error);
  }
}
