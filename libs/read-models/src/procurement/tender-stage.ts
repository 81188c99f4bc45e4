import type { ClarificationView } from './procurement-document';
import { updateBid, type DocumentHandlers } from './document-handler';

type TenderEventType =
  | 'SocialCriterionAdded'
  | 'SocialCriterionRemoved'
  | 'ProcurementPublished'
  | 'ClarificationRequested'
  | 'ClarificationAnswered'
  | 'TenderDeadlineExtended'
  | 'BidReceived'
  | 'BidWithdrawn';

/** Planning and the tender period: criteria, publication, questions, extensions and bids. */
export const tenderHandlers: DocumentHandlers<TenderEventType> = {
  SocialCriterionAdded(document, { data: criterion }) {
    const others = document.socialCriteria.filter((c) => c.criterionId !== criterion.criterionId);
    return { ...document, socialCriteria: [...others, criterion] };
  },

  SocialCriterionRemoved(document, { data }) {
    return { ...document, socialCriteria: document.socialCriteria.filter((c) => c.criterionId !== data.criterionId) };
  },

  ProcurementPublished(document, { data }) {
    const { publishedAt, tenderDeadline, questionsDeadline, electronicTenders, noticeRef, minimumTenderDays } = data;
    return {
      ...document,
      status: 'Published',
      publishedAt,
      tenderDeadline,
      electronicTenders,
      minimumTenderDays,
      ...(questionsDeadline === undefined ? {} : { questionsDeadline }),
      ...(noticeRef === undefined ? {} : { noticeRef }),
    };
  },

  // The asking supplier's id stays out of the document: answers go to all suppliers anonymously (P3).
  ClarificationRequested(document, { data }, stored) {
    const asked: ClarificationView = { questionId: data.questionId, question: data.question, askedAt: stored.metadata.occurredAt };
    const others = document.clarifications.filter((c) => c.questionId !== data.questionId);
    return { ...document, clarifications: [...others, asked] };
  },

  ClarificationAnswered(document, { data }) {
    const { questionId, answer, answeredAt, extensionRequired } = data;
    const clarifications = document.clarifications.map((c) =>
      c.questionId === questionId ? { ...c, answer, answeredAt, extensionRequired } : c,
    );
    return { ...document, clarifications };
  },

  TenderDeadlineExtended(document, { data }, stored) {
    const { previousDeadline, newDeadline, reason } = data;
    const extension = { previousDeadline, newDeadline, reason, extendedAt: stored.metadata.occurredAt };
    return { ...document, tenderDeadline: newDeadline, deadlineExtensions: [...document.deadlineExtensions, extension] };
  },

  BidReceived(document, { data }) {
    const { bidId, supplierId, price, socialOffer, receivedAt } = data;
    const bid = { bidId, supplierId, price, receivedAt, withdrawn: false, ...(socialOffer === undefined ? {} : { socialOffer }) };
    return { ...document, bids: [...document.bids.filter((b) => b.bidId !== bidId), bid] };
  },

  BidWithdrawn(document, { data }) {
    return updateBid(document, data.bidId, (bid) => ({ ...bid, withdrawn: true, withdrawnAt: data.withdrawnAt }));
  },
};
