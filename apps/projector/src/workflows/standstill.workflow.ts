import type { TimerStore } from '@kravspar/clock';
import { standstillTimerFor } from '@kravspar/domain';
import type { Projection } from '@kravspar/projections';

/**
 * Runs the standstill workflow on its own checkpointed subscription: each triggering event arms a timer.
 * Timers are armed through the pool, outside the checkpoint's transaction: a crash in between arms the
 * same timer again on replay, which `schedule` absorbs (one key, one timer).
 */
export function standstillWorkflow(timers: TimerStore): Projection {
  return {
    name: 'standstill-workflow.v1',
    filter: {
      streamPrefixes: ['procurement-'],
      eventTypes: ['AwardNotificationSent', 'ReviewDecided', 'InterimOrderLifted', 'RegistrationCorrected'],
    },
    async apply(_client, event) {
      const timer = standstillTimerFor(event);
      if (!timer) return;
      await timers.schedule({ key: timer.key, kind: timer.kind, dueAt: new Date(timer.dueAt), payload: { procurementId: timer.procurementId } });
    },
  };
}
