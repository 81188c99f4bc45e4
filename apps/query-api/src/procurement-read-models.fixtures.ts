import type { Pool } from 'pg';
import { procurementStreamId, type Actor, type DomainEvent, type ProcurementEventType } from '@kravspar/domain';
import {
  cancelled,
  criterionAdded,
  initiated,
  officer,
  published,
} from '@kravspar/domain/procurement/procurement.fixtures';
import {
  projectProcurement,
  timelineStep,
  toListEntry,
  type ProcurementDocument,
  type ProjectedEvent,
  type TimelineState,
} from '@kravspar/read-models';
import { LIFECYCLE } from '../../../libs/read-models/src/procurement/lifecycle-events.fixtures';
import { addTimelineFlag, findProcurement, insertTimelineEntry, saveProcurement } from '@kravspar/read-store';

// Test data for query-api: read-model rows written the way the projector writes them, from the decider's
// fixture events and the read models' lifecycle.

export type Step = 'initiate' | 'addCriterion' | 'publish' | 'cancel';

let nextPosition = 1;
const timelineStates = new Map<string, TimelineState>();

/** Projects the acts of procurement `id`, in order from revision 0, into the read-model tables. */
async function record(pool: Pool, id: string, acts: readonly (readonly [DomainEvent, Actor])[], recordedAt?: string): Promise<void> {
  for (const [revision, [event, actor]] of acts.entries()) {
    const stored: ProjectedEvent = {
      streamId: procurementStreamId(id),
      revision,
      position: nextPosition++,
      type: event.type,
      data: event.data as Readonly<Record<string, unknown>>,
      metadata: { ...event.metadata, recordedAt: recordedAt ?? new Date(Date.parse(event.metadata.occurredAt) + 60_000).toISOString(), actor },
    };
    const document = projectProcurement(await findProcurement<ProcurementDocument>(pool, id), stored)!;
    const entry = { ...toListEntry(document), publishedAt: document.publishedAt ?? null, standstillLastDay: document.standstillLastDay };
    await saveProcurement(pool, { ...entry, updatedAt: document.updatedAt, document });
    const step = timelineStep(timelineStates.get(id), stored)!;
    timelineStates.set(id, step.state);
    await insertTimelineEntry(pool, id, step.entry);
    if (step.corrects !== undefined) await addTimelineFlag(pool, id, step.corrects, 'corrected');
  }
}

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
  await record(pool, id, steps.map((step) => [events[step](), officer] as const), recordedAt);
}

/**
 * Projects the read models' whole lifecycle (bids by acme, bygg and a withdrawn one by cleanco) for
 * procurement `id`, up to and including the first act of `through`.
 */
export async function recordLifecycle(pool: Pool, id: string, buyerUnitId: string, through?: ProcurementEventType): Promise<void> {
  const end = through === undefined ? LIFECYCLE.length : LIFECYCLE.findIndex(([event]) => event.type === through) + 1;
  const [, ...rest] = LIFECYCLE.slice(0, end);
  await record(pool, id, [[initiated({ procurementId: id, buyerUnitId, title: `Upphandling ${id}` }), officer], ...rest]);
}
