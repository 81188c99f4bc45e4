import { addDays, stockholmStartOf } from '../calendar';
import type { Instant } from '../kernel';

export const STANDSTILL_TIMER = 'standstill-end';

/** The part of a stored procurement event the workflow reads. */
export interface StandstillTrigger {
  readonly streamId: string;
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly metadata: { readonly eventId: string; readonly occurredAt: Instant };
}

/** A timer to arm: at `dueAt`, send `EndStandstill` to the procurement (domain.md §6). */
export interface StandstillTimer {
  readonly key: string;
  readonly kind: typeof STANDSTILL_TIMER;
  readonly dueAt: Instant;
  readonly procurementId: string;
}

const TRIGGERS = new Set(['AwardNotificationSent', 'ReviewDecided', 'InterimOrderLifted', 'RegistrationCorrected']);

/**
 * The standstill workflow, a pure process manager: each event that may end or move the standstill arms a
 * timer of its own (keyed by the event id, so a replay arms nothing new). It fires the day after the last
 * standstill day, or at once when the event names no last day (an interim order lifted after the day
 * passed). Whether the standstill may really end is the decider's call (P7, P8): a premature attempt is
 * refused, and a later event arms the next attempt.
 */
export function standstillTimerFor(event: StandstillTrigger): StandstillTimer | undefined {
  if (!TRIGGERS.has(event.type) || !event.streamId.startsWith('procurement-')) return undefined;
  const lastDay = event.data.standstillLastDay;
  if (event.type === 'RegistrationCorrected' && typeof lastDay !== 'string') return undefined;
  if (event.type === 'AwardNotificationSent' && typeof lastDay !== 'string') return undefined; // direct award: no standstill
  const dueAt = typeof lastDay === 'string' ? stockholmStartOf(addDays(lastDay, 1)) : event.metadata.occurredAt;
  return {
    key: `${STANDSTILL_TIMER}:${event.metadata.eventId}`,
    kind: STANDSTILL_TIMER,
    dueAt,
    procurementId: event.streamId.slice('procurement-'.length),
  };
}
