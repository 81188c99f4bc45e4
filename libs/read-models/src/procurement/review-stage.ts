import type { ProcurementDocument, ProcurementDocumentStatus, ReviewView } from './procurement-document';
import { updateReview, type DocumentHandlers } from './document-handler';

type ReviewEventType =
  | 'ReviewApplicationFiled'
  | 'InterimOrderIssued'
  | 'InterimOrderLifted'
  | 'ReviewDecided'
  | 'StandstillEnded';

/**
 * The stages a court's `correction` or `redo` sends back to evaluation. The award, its notification and
 * its standstill no longer stand (a new notification starts a new one); the bids stay disclosed.
 */
const AWARDED: readonly ProcurementDocumentStatus[] = ['AwardDecided', 'Standstill', 'ReadyToContract'];

function sentBack(document: ProcurementDocument): ProcurementDocument {
  if (!AWARDED.includes(document.status)) return document;
  const { award: _award, notification: _notification, standstillEndedAt: _ended, ...rest } = document;
  const bids = document.bids.map(({ winner: _winner, ...bid }) => bid);
  return { ...rest, status: 'Evaluating', bids };
}

/** Review applications, interim orders, court decisions and the end of the standstill (P7, P8). */
export const reviewHandlers: DocumentHandlers<ReviewEventType> = {
  ReviewApplicationFiled(document, { data }) {
    const { caseNo, court, filedAt, duringStandstill } = data;
    const review: ReviewView = { caseNo, court, filedAt, duringStandstill, interimOrderInForce: false, interimOrders: [] };
    return { ...document, reviews: [...document.reviews.filter((r) => r.caseNo !== caseNo), review] };
  },

  InterimOrderIssued(document, { data }) {
    return updateReview(document, data.caseNo, (review) => ({
      ...review,
      interimOrderInForce: true,
      interimOrders: [...review.interimOrders, { issuedAt: data.at }],
    }));
  },

  InterimOrderLifted(document, { data }) {
    return updateReview(document, data.caseNo, (review) => ({
      ...review,
      interimOrderInForce: false,
      interimOrders: review.interimOrders.map((order) => (order.liftedAt === undefined ? { ...order, liftedAt: data.at } : order)),
    }));
  },

  // A null last day means the decision does not bear on a running standstill: a rejection leaves it as it
  // was, while a correction or redo ends it with the award it belonged to (a new notification starts one).
  ReviewDecided(document, { data }) {
    const { caseNo, decidedAt, outcome } = data;
    const decided = updateReview(document, caseNo, (review) => ({ ...review, decision: { decidedAt, outcome } }));
    if (outcome === 'rejected') return { ...decided, standstillLastDay: data.standstillLastDay ?? document.standstillLastDay };
    return { ...sentBack(decided), standstillLastDay: data.standstillLastDay };
  },

  StandstillEnded(document, { data }, stored) {
    return {
      ...document,
      status: document.status === 'Standstill' ? 'ReadyToContract' : document.status,
      standstillLastDay: data.standstillLastDay,
      standstillEndedAt: stored.metadata.occurredAt,
    };
  },
};
