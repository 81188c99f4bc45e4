import type { Actor, StreamState } from '@kravspar/domain';
import { seesAllBids } from '../procurement-visibility';
import type { ProcurementSecrecy } from './audit-visibility';

/** A folded state as the audit route serves it; `withheld` names the state's fields P5 keeps back. */
export type AuditStateView = StreamState & { readonly withheld?: readonly string[] };

/**
 * The procurement state's fields that carry no bid, bidder, score or supplier's question: what an auditor
 * sees while P5 holds. An allow-list, so that a field added to the state later stays secret until it is
 * judged safe here.
 */
const FIELDS_OUTSIDE_P5 = new Set([
  'status', 'procurementId', 'title', 'buyerUnitId', 'procedure', 'regime', 'estimatedValue', 'cpv',
  'criteria', 'removedCriterionIds', 'eventTypes', 'publication', 'tenderDeadline', 'extensions',
]);

/**
 * P5 (OSL 19:3) on a folded procurement, by the rule of every other route (`seesAllBids`): until the award
 * notification, the cancellation or the signing, the auditor gets the stage, the procurement's details, its
 * criteria and tender period, and every event's times — not the bids, questions, opening, ranking or award.
 */
export function auditStateFor(actor: Actor, folded: StreamState, procurement: ProcurementSecrecy | undefined): AuditStateView {
  const secret = procurement === undefined || !seesAllBids(actor, procurement.buyerUnitId, procurement.bidsDisclosed);
  if (!secret || folded.state === null || typeof folded.state !== 'object') return folded;
  const entries = Object.entries(folded.state as Record<string, unknown>);
  const withheld = entries.filter(([key]) => !FIELDS_OUTSIDE_P5.has(key)).map(([key]) => key);
  if (withheld.length === 0) return folded;
  return { ...folded, state: Object.fromEntries(entries.filter(([key]) => FIELDS_OUTSIDE_P5.has(key))), withheld };
}
