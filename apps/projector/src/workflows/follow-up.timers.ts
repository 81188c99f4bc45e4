import { Logger } from '@nestjs/common';
import type { Clock, DueTimer, TimerHandler, TimerStore } from '@kravspar/clock';
import {
  commitmentDecider, FIRST_PLACEMENT_TIMER, onFollowUpTimer, PERIOD_END_TIMER, REPORT_OVERDUE_TIMER, type CommitmentCommand, type FollowUpTimer,
} from '@kravspar/domain';
import { isDomainError } from '@kravspar/domain/kernel';
import { handleCommand, type EventStore } from '@kravspar/event-store';
import { SYSTEM_ACTOR } from './end-standstill.timer';

const logger = new Logger('FollowUpTimers');

/**
 * The handlers of the follow-up timers: each sends its command through the one write path with the
 * timer's key as idempotency key, so a timer fired twice decides once; a refusal (the commitment is not
 * active, the contract period ended) is an answer, logged without data. A report timer then arms the next
 * period's, after its command, so a failure before that retries both.
 */
export function followUpTimerHandlers(store: EventStore, clock: Clock, timers: TimerStore): Record<string, TimerHandler> {
  const handle = async (due: DueTimer): Promise<void> => {
    const timer = { key: due.key, kind: due.kind, dueAt: due.dueAt.toISOString(), payload: due.payload } as FollowUpTimer;
    const { command, next } = onFollowUpTimer(timer);
    if (command) {
      const now = (await clock.now()).toISOString();
      try {
        await handleCommand(store, command.streamId, commitmentDecider, { ...command.command, metadata: { actor: SYSTEM_ACTOR, now } } as CommitmentCommand, {
          idempotencyKey: command.idempotencyKey,
          correlationId: timer.key,
        });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        logger.log(`${command.command.type} on ${command.streamId} refused: ${error.rule}`);
      }
    }
    if (next) await timers.schedule({ key: next.key, kind: next.kind, dueAt: new Date(next.dueAt), payload: next.payload });
  };
  return { [REPORT_OVERDUE_TIMER]: handle, [FIRST_PLACEMENT_TIMER]: handle, [PERIOD_END_TIMER]: handle };
}
