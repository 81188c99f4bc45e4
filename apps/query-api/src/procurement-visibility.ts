import type { Actor } from '@kravspar/domain';
import type { ProcurementDocument } from '@kravspar/read-models';

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
 * P5: bid contents and the bidder list are for the procurement team only until the award notification is
 * sent. No later stage is projected yet, so outside the team they are always withheld.
 */
export function withSecretsWithheld(document: ProcurementDocument, actor: Actor): ProcurementDocument {
  return isProcurementTeam(actor, document.buyerUnitId) ? document : { ...document, bids: [] };
}
