import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import { procurementIdOf, toTimelineEntry } from '@kravspar/read-models';
import { insertTimelineEntry } from '@kravspar/read-store';
import type { Projection } from './projection';

/** The audit timeline of each procurement (`procurement_timeline_v1`): one entry per event of its stream. */
export const procurementTimelineProjection: Projection = {
  name: 'procurement-timeline.v1',
  filter: { streamPrefixes: [`${PROCUREMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    await insertTimelineEntry(client, procurementIdOf(event.streamId), toTimelineEntry(event));
  },
};
