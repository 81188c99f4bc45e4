import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import { procurementIdOf, timelineStep, type TimelineState } from '@kravspar/read-models';
import { addTimelineFlag, insertTimelineEntry, loadTimelineStateForUpdate, saveTimelineState } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/**
 * The audit timeline of each procurement (`procurement_timeline_v2`): one entry per event of its stream,
 * flagged with what the history so far tells (`procurement_timeline_state_v2`). A correction also marks the
 * entry it corrects. Every write is guarded by revision, so an event applied twice changes nothing.
 */
export const procurementTimelineProjection: ReadModelProjection = {
  name: 'procurement-timeline.v2',
  tables: ['procurement_timeline_v2', 'procurement_timeline_state_v2'],
  filter: { streamPrefixes: [`${PROCUREMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const id = procurementIdOf(event.streamId);
    const step = timelineStep(await loadTimelineStateForUpdate<TimelineState>(client, id), event);
    if (step === undefined) return;
    await insertTimelineEntry(client, id, step.entry);
    if (step.corrects !== undefined) await addTimelineFlag(client, id, step.corrects, 'corrected');
    await saveTimelineState(client, id, step.state.revision, step.state);
  },
};
