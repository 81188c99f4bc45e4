import { PROCUREMENT_STREAM_CATEGORY } from '@kravspar/domain';
import {
  procurementIdOf,
  projectProcurement,
  toListEntry,
  type ProcurementDocument,
} from '@kravspar/read-models';
import { loadProcurementForUpdate, saveProcurement } from '@kravspar/read-store';
import type { ReadModelProjection } from './projection';

/** The procurement list and detail (`procurements_v2`); the standstill board reads the same rows. */
export const procurementsProjection: ReadModelProjection = {
  name: 'procurements.v2',
  tables: ['procurements_v2'],
  filter: { streamPrefixes: [`${PROCUREMENT_STREAM_CATEGORY}-`] },
  async apply(client, event) {
    const id = procurementIdOf(event.streamId);
    const current = await loadProcurementForUpdate<ProcurementDocument>(client, id);
    const next = projectProcurement(current, event);
    if (next === undefined || next === current) return;
    await saveProcurement(client, {
      ...toListEntry(next),
      publishedAt: next.publishedAt ?? null,
      standstillLastDay: next.standstillLastDay,
      updatedAt: next.updatedAt,
      document: next,
    });
  },
};
