import { DAY_MS, instantMs, type Actor, type Instant } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';

/** domain.md §2: acts registered more than 7 days after they happened are flagged on the timeline. */
export const LATE_REGISTRATION_MS = 7 * DAY_MS;

/**
 * What the audit timeline marks on an entry. Further flags of domain.md §4 (deadline below the minimum,
 * signed inside the standstill) join as the events that carry them are projected.
 */
export type TimelineFlag = 'late-registration';

/** One row of GET /procurements/{id}/timeline: who did what, when it happened and when it was recorded. */
export interface TimelineEntry {
  readonly revision: number;
  readonly type: string;
  readonly occurredAt: Instant;
  readonly recordedAt: Instant;
  readonly actor: Actor;
  readonly ruleRefs: readonly string[];
  readonly flags: readonly TimelineFlag[];
}

/**
 * Every event of the stream becomes an entry, whatever its type, so the timeline is complete even for
 * types this version does not interpret. Event data stays out: bid contents are secret (P5).
 */
export function toTimelineEntry(event: ProjectedEvent): TimelineEntry {
  const { occurredAt, recordedAt, actor, ruleRefs } = event.metadata;
  const flags: TimelineFlag[] = [];
  if (instantMs(recordedAt) - instantMs(occurredAt) > LATE_REGISTRATION_MS) flags.push('late-registration');
  return { revision: event.revision, type: event.type, occurredAt, recordedAt, actor, ruleRefs: [...(ruleRefs ?? [])], flags };
}
