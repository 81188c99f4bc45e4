import type { ProjectedEvent } from '../projected-event';
import type { TimelineEntry } from './procurement-timeline';
import { timelineStep, type TimelineState } from './timeline-step';

/** A procurement's whole timeline in memory: what the projector keeps in its two tables. */
export interface ProcurementTimeline {
  readonly state: TimelineState;
  readonly entries: readonly TimelineEntry[];
}

/** The entry with the `corrected` flag; an entry that has it already comes back as it is. */
export function markCorrected(entry: TimelineEntry): TimelineEntry {
  return entry.flags.includes('corrected') ? entry : { ...entry, flags: [...entry.flags, 'corrected'] };
}

/**
 * Folds one event into the timeline as the projector does in its tables: appends the entry and marks
 * the entry it corrects. Idempotent by revision. For specs and for rebuilding a timeline to compare.
 */
export function projectTimeline(timeline: ProcurementTimeline | undefined, event: ProjectedEvent): ProcurementTimeline | undefined {
  const step = timelineStep(timeline?.state, event);
  if (step === undefined) return timeline;
  const entries = (timeline?.entries ?? []).map((entry) => (entry.revision === step.corrects ? markCorrected(entry) : entry));
  return { state: step.state, entries: [...entries, step.entry] };
}
