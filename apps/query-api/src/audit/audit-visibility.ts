import type { Actor, ProcurementEventType } from '@kravspar/domain';
import type { RecordedEvent } from '@kravspar/event-store';
import { BID_EVENT_TYPES, seesAllBids } from '../procurement-visibility';

/** An event as the audit routes serve it: integrity fields always; data and actor as P5 allows. */
export interface AuditEventView {
  readonly position: number;
  readonly streamId: string;
  readonly revision: number;
  readonly type: string;
  /** Null while P5 withholds it. */
  readonly data: RecordedEvent['data'] | null;
  /** With `prevHash` and `hash`; `actor` null while P5 withholds who acted. */
  readonly metadata: Omit<RecordedEvent['metadata'], 'actor'> & { readonly actor: RecordedEvent['metadata']['actor'] | null };
  /** What P5 withholds from this reader, if anything. */
  readonly withheld?: readonly ('data' | 'actor')[];
}

/** What the audit reader needs of the procurement, from its read model: whose it is and whether P5 has ended. */
export interface ProcurementSecrecy {
  readonly buyerUnitId: string;
  readonly bidsDisclosed: boolean;
}

const isBidEvent = (event: RecordedEvent): boolean => {
  if (BID_EVENT_TYPES.has(event.type as ProcurementEventType)) return true;
  // A correction of a bid event is as secret as the event (procurement-visibility.ts).
  return event.type === 'RegistrationCorrected' && BID_EVENT_TYPES.has(event.data.eventType as ProcurementEventType);
};

/**
 * P5 (OSL 19:3) on raw history, by the same rule as every other route (`seesAllBids`): until the award
 * notification, the cancellation or the signing, a reader outside the procurement team — an auditor —
 * gets no data of bid events (bids, bidder ids, prices, scores, the award's winners) and neither the actor
 * nor the data of a supplier's act (bidding, withdrawing, asking names a likely bidder). Types, times,
 * revisions and the integrity fields stay, so the chain is still there to follow; the hashes of withheld
 * events can be checked by GET /audit/verify or offline after disclosure. Non-procurement streams pass.
 */
export function auditEventsFor(actor: Actor, events: readonly RecordedEvent[], procurement?: ProcurementSecrecy): AuditEventView[] {
  const secret = procurement === undefined || !seesAllBids(actor, procurement.buyerUnitId, procurement.bidsDisclosed);
  return events.map((event) => {
    const view: AuditEventView = { position: event.position, streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata: event.metadata };
    if (!secret) return view;
    const bySupplier = event.metadata.actor.role === 'supplier';
    const withheld = [...(isBidEvent(event) || bySupplier ? (['data'] as const) : []), ...(bySupplier ? (['actor'] as const) : [])];
    if (withheld.length === 0) return view;
    return {
      ...view,
      data: withheld.includes('data') ? null : view.data,
      metadata: { ...view.metadata, actor: bySupplier ? null : view.metadata.actor },
      withheld,
    };
  });
}
