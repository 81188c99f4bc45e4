import type { Actor, ProcurementEventType } from '@kravspar/domain';
import type {
  BidView,
  ProcurementDocument,
  ProcurementListEntry,
  ProcurementListItem,
  TimelineEntry,
} from '@kravspar/read-models';

// Who may see what of a procurement: every route that answers with procurement data goes through here.

/** api.md §Roles: the procurement team is every procurement-officer plus the buyers of its buyer unit. */
export function isProcurementTeam(actor: Actor, buyerUnitId: string): boolean {
  return actor.role === 'procurement-officer' || (actor.role === 'buyer' && actor.unitId === buyerUnitId);
}

/**
 * Suppliers see a procurement only once it was published: planning is internal, and so is a procurement
 * cancelled before it was ever published. Everyone else with read access sees every procurement.
 */
export function isVisibleTo(actor: Actor, document: Pick<ProcurementDocument, 'publishedAt'>): boolean {
  return actor.role !== 'supplier' || document.publishedAt !== undefined;
}

/**
 * P5 (OSL 19:3): bid contents, the bidder list and the scores are for the procurement team only until the
 * secrecy ends — with the award notification, the cancellation notice, or the signing that concludes the
 * matter; from then on every reader sees them. Auditors are outside the team.
 */
export function seesAllBids(actor: Actor, buyerUnitId: string, bidsDisclosed: boolean): boolean {
  return bidsDisclosed || isProcurementTeam(actor, buyerUnitId);
}

/** The events whose data is a bid, a bidder or a score: a correction of one is as secret as the event. */
export const BID_EVENT_TYPES: ReadonlySet<ProcurementEventType> = new Set<ProcurementEventType>([
  'BidReceived',
  'BidWithdrawn',
  'BidsOpened',
  'SupplierQualified',
  'SupplierExcluded',
  'BidsEvaluated',
  'AwardDecided',
]);

/** What a supplier submitted, without the team's assessment, score, rank or verdict on it. */
function asSubmitted({ bidId, supplierId, price, socialOffer, receivedAt, withdrawn, withdrawnAt }: BidView): BidView {
  return {
    bidId,
    supplierId,
    price,
    receivedAt,
    withdrawn,
    ...(socialOffer === undefined ? {} : { socialOffer }),
    ...(withdrawnAt === undefined ? {} : { withdrawnAt }),
  };
}

function isOwnBid(actor: Actor, bid: BidView): boolean {
  return actor.role === 'supplier' && actor.supplierId !== undefined && bid.supplierId === actor.supplierId;
}

/**
 * GET /procurements/{id} under P5. Before disclosure a reader outside the team gets no bids but a
 * supplier's own (as submitted), no bid count, no opened bid ids, only the time of the award decision,
 * and no corrections of bid events. Fields withheld are left out rather than emptied.
 */
export function procurementFor(actor: Actor, document: ProcurementDocument): ProcurementDocument {
  if (seesAllBids(actor, document.buyerUnitId, document.bidsDisclosedAt !== undefined)) return document;
  const { bidCount: _count, opening, award, ...rest } = document;
  return {
    ...rest,
    bids: document.bids.filter((bid) => isOwnBid(actor, bid)).map(asSubmitted),
    ...(opening === undefined ? {} : { opening: { openedAt: opening.openedAt, openers: opening.openers } }),
    ...(award === undefined ? {} : { award: { decidedAt: award.decidedAt } }),
    corrections: document.corrections.filter((correction) => !BID_EVENT_TYPES.has(correction.eventType)),
  };
}

/** GET /procurements under P5: the bid count is null for a reader outside the team before disclosure. */
export function listItemFor(actor: Actor, entry: ProcurementListEntry): ProcurementListItem {
  const { bidsDisclosed, bidCount, ...item } = entry;
  return { ...item, bidCount: seesAllBids(actor, entry.buyerUnitId, bidsDisclosed) ? bidCount : null };
}

/** A timeline entry as served: `actor` is null where P5 withholds who acted. */
export type TimelineEntryView = Omit<TimelineEntry, 'actor'> & { readonly actor: TimelineEntry['actor'] | null };

/**
 * GET /procurements/{id}/timeline under P5. Before disclosure a reader outside the team sees every entry
 * with its type, times, rules and flags, but no bid ids and no supplier as actor: a supplier acting before
 * then is bidding, withdrawing or asking, and each would name a likely bidder.
 */
export function timelineFor(
  actor: Actor,
  document: Pick<ProcurementDocument, 'buyerUnitId' | 'bidsDisclosedAt'>,
  entries: readonly TimelineEntry[],
): TimelineEntryView[] {
  if (seesAllBids(actor, document.buyerUnitId, document.bidsDisclosedAt !== undefined)) return [...entries];
  return entries.map(({ bidIds: _bidIds, ...entry }) => (entry.actor.role === 'supplier' ? { ...entry, actor: null } : entry));
}
