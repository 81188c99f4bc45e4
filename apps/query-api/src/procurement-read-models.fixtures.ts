import type { Pool } from 'pg';
import { procurementStreamId, type DomainEvent } from '@kravspar/domain';
import {
  cancelled,
  criterionAdded,
  initiated,
  officer,
  published,
} from '@kravspar/domain/procurement/procurement.fixtures';
import { projectProcurement, toListItem, toTimelineEntry, type ProcurementDocument, type ProjectedEvent } from '@kravspar/read-models';
import { findProcurement, insertTimelineEntry, saveProcurement } from '@kravspar/read-store';

// Test data for query-api: read-model rows written the way the projector writes them, from the decider's
// fixture events.

export type Step = 'initiate' | 'addCriterion' | 'publish' | 'cancel';

let nextPosition = 1;

/** Projects the steps of procurement `id` (bought by `buyerUnitId`) into the read-model tables. */
export async function recordProcurement(
  pool: Pool,
  id: string,
  buyerUnitId: string,
  steps: readonly Step[],
  recordedAt = '2026-03-02T09:01:00.000Z',
): Promise<void> {
  const events: Record<Step, () => DomainEvent> = {
    initiate: () => initiated({ procurementId: id, buyerUnitId, title: `Upphandling ${id}` }),
    addCriterion: () => criterionAdded(),
    publish: () => published(),
    cancel: () => cancelled(),
  };
  for (const [revision, step] of steps.entries()) {
    const event = events[step]();
    const stored: ProjectedEvent = {
      streamId: procurementStreamId(id),
      revision,
      position: nextPosition++,
      type: event.type,
      data: event.data as Readonly<Record<string, unknown>>,
      metadata: { ...event.metadata, recordedAt, actor: officer },
    };
    const document = projectProcurement(await findProcurement<ProcurementDocument>(pool, id), stored)!;
    await saveProcurement(pool, { ...toListItem(document), publishedAt: document.publishedAt ?? null, updatedAt: document.updatedAt, document });
    await insertTimelineEntry(pool, id, toTimelineEntry(stored));
  }
}
