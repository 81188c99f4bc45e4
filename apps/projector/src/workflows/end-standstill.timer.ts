import { Logger } from '@nestjs/common';
import type { Clock, DueTimer } from '@kravspar/clock';
import { procurementDecider, procurementStreamId } from '@kravspar/domain';
import { isDomainError, type Actor } from '@kravspar/domain/kernel';
import { handleCommand, type EventStore } from '@kravspar/event-store';

/** Workflows and timers act as the system, never as a person. */
export const SYSTEM_ACTOR: Actor = { userId: 'kravspar', role: 'system', unitId: 'kravspar' };

const logger = new Logger('StandstillTimer');

/**
 * Fires `EndStandstill` through the one write path, with the timer's key as idempotency key, so a timer
 * fired twice appends one `StandstillEnded`. A refusal (a review or interim order still holds the
 * standstill, or it already ended) is an answer, not a failure: the next triggering event arms a new timer.
 */
export function endStandstillHandler(store: EventStore, clock: Clock) {
  return async (timer: DueTimer): Promise<void> => {
    const { procurementId } = timer.payload as { procurementId: string };
    const now = (await clock.now()).toISOString();
    try {
      await handleCommand(
        store,
        procurementStreamId(procurementId),
        procurementDecider,
        { type: 'EndStandstill', data: {}, metadata: { actor: SYSTEM_ACTOR, now } },
        { idempotencyKey: timer.key, correlationId: timer.key },
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      logger.log(`standstill of ${procurementId} not ended: ${error.rule}`);
    }
  };
}
