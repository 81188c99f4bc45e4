import { DAY_MS, instantMs, type Actor, type Instant } from '@kravspar/domain';
import type { ProjectedEvent } from '../projected-event';

/** domain.md §2: acts registered more than 7 days after they happened are flagged on the timeline. */
export const LATE_REGISTRATION_MS = 7 * DAY_MS;

/**
 * What the audit timeline marks on an entry (domain.md §4):
 * - `late-registration`: recorded more than 7 days after the act;
 * - `deadline-below-minimum`: a publication or deadline extension (or a correction of one) whose tender
 *   period, in Stockholm calendar days, is below the P2 minimum recorded at publication;
 * - `signed-inside-standstill`: a signing (or a correction of it or of the standstill) dated on or before
 *   the last standstill day in force;
 * - `answer-requires-extension`: a clarification answered too close to the deadline (P3);
 * - `late-award-notice`: a contract award notice published more than 30 days after signing (P11);
 * - `corrected`: a later `RegistrationCorrected` refers to this entry;
 * - `correction-of:<revision>`: on the correction itself, the revision it corrects.
 */
export type TimelineFlag =
  | 'late-registration'
  | 'deadline-below-minimum'
  | 'signed-inside-standstill'
  | 'answer-requires-extension'
  | 'late-award-notice'
  | 'corrected'
  | `correction-of:${number}`;

/** The flags a client can filter on; `correction-of:<revision>` carries a number and is left out. */
export const TIMELINE_FLAGS = [
  'late-registration',
  'deadline-below-minimum',
  'signed-inside-standstill',
  'answer-requires-extension',
  'late-award-notice',
  'corrected',
] as const satisfies readonly TimelineFlag[];

/** The flag a `RegistrationCorrected` entry carries for the revision it corrects. */
export function correctionOf(revision: number): TimelineFlag {
  return `correction-of:${revision}`;
}

/** One row of GET /procurements/{id}/timeline: who did what, when it happened and when it was recorded. */
export interface TimelineEntry {
  readonly revision: number;
  readonly type: string;
  readonly occurredAt: Instant;
  readonly recordedAt: Instant;
  readonly actor: Actor;
  readonly ruleRefs: readonly string[];
  readonly flags: readonly TimelineFlag[];
  /**
   * The bids the event concerns, so an auditor can follow one bid through the entries. Secret under P5
   * like the bids themselves: query-api leaves them out for readers outside the team until disclosure.
   */
  readonly bidIds?: readonly string[];
}

/**
 * The entry as far as the event alone tells: every event of the stream becomes one, whatever its type, so
 * the timeline is complete even for types this version does not interpret. Event data stays out (bid
 * contents are secret under P5); flags that need the history come from `timelineStep`.
 */
export function toTimelineEntry(event: ProjectedEvent): TimelineEntry {
  const { occurredAt, recordedAt, actor, ruleRefs } = event.metadata;
  const flags: TimelineFlag[] = [];
  if (instantMs(recordedAt) - instantMs(occurredAt) > LATE_REGISTRATION_MS) flags.push('late-registration');
  return { revision: event.revision, type: event.type, occurredAt, recordedAt, actor, ruleRefs: [...(ruleRefs ?? [])], flags };
}
