import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import {
  procurementIdOf,
  projectProcurement,
  toListItem,
  type ProcurementDocument,
} from '@kravspar/read-models';
import { loadProcurementForUpdate, saveProcurement } from '@kravspar/read-store';
import type { Projection } from './projection';

/** The procurement list and detail (`procurements_v1`). */
export const procurementsProjection: Projection = {
  name: 'procurements.v1',
  filter: { streamPrefixes: [`${PROCUREMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const id = procurementIdOf(event.streamId);
    const current = await loadProcurementForUpdate<ProcurementDocument>(client, id);
    const next = projectProcurement(current, event);
    if (next === undefined || next === current) return;
    await saveProcurement(client, {
      ...toListItem(next),
      publishedAt: next.publishedAt ?? null,
      updatedAt: next.updatedAt,
      document: next,
    });
  },
};
