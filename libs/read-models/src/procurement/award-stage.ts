import type { BidView } from './procurement-document';
import { disclosedAt, updateBid, type DocumentHandlers } from './document-handler';

type AwardEventType =
  | 'BidsOpened'
  | 'SupplierQualified'
  | 'SupplierExcluded'
  | 'BidsEvaluated'
  | 'AwardDecided'
  | 'AwardNotificationSent';

function unranked({ score: _score, rank: _rank, ...bid }: BidView): BidView {
  return bid;
}

/** Opening, qualification, evaluation, the award decision and its notification (P4–P7). */
export const awardHandlers: DocumentHandlers<AwardEventType> = {
  BidsOpened(document, { data }) {
    const { openedAt, openers, bidIds } = data;
    return { ...document, status: 'BidsOpened', opening: { openedAt, openers, bidIds } };
  },

  SupplierQualified(document, { data }) {
    return updateBid(document, data.bidId, (bid) => ({ ...bid, assessment: { verdict: 'qualified' } }));
  },

  SupplierExcluded(document, { data }) {
    const { ground, reason } = data;
    const assessment = {
      verdict: 'excluded' as const,
      ...(ground === undefined ? {} : { ground }),
      ...(reason === undefined ? {} : { reason }),
    };
    return updateBid(document, data.bidId, (bid) => ({ ...bid, assessment }));
  },

  // A later evaluation (after a court sent the award back) replaces the whole ranking, not just its entries.
  BidsEvaluated(document, { data }) {
    const bids = document.bids.map((bid) => {
      const place = data.ranking.findIndex((entry) => entry.bidId === bid.bidId);
      return place < 0 ? unranked(bid) : { ...bid, score: data.ranking[place].score, rank: place + 1 };
    });
    return { ...document, status: 'Evaluating', bids };
  },

  AwardDecided(document, { data }) {
    const { winnerBidIds, reasons, decidedAt } = data;
    const bids = document.bids.map((bid) => ({ ...bid, winner: winnerBidIds.includes(bid.bidId) }));
    return { ...document, status: 'AwardDecided', award: { decidedAt, winnerBidIds, reasons }, bids };
  },

  // A direct award has no standstill (P9): its notification leaves it ready to contract at once.
  AwardNotificationSent(document, { data }) {
    const { sentAt, channel, standstillLastDay } = data;
    return {
      ...document,
      status: standstillLastDay === null ? 'ReadyToContract' : 'Standstill',
      notification: { sentAt, channel },
      standstillLastDay,
      ...disclosedAt(document, sentAt),
    };
  },
};
