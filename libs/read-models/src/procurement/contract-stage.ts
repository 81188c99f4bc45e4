import type { CorrectionView } from './procurement-document';
import { disclosedAt, type DocumentHandlers } from './document-handler';
import { reviewHandlers } from './review-stage';

type ContractEventType = 'ContractSigned' | 'ContractAwardNoticePublished' | 'RegistrationCorrected' | 'ProcurementCancelled';

/** Signing, the award notice (P11), corrections of registrations, and cancellation (P10); with the reviews. */
export const contractHandlers: DocumentHandlers<ContractEventType> & typeof reviewHandlers = {
  ...reviewHandlers,

  // Signing concludes the matter, which also ends P5 secrecy (OSL 19:3), e.g. for a direct award
  // signed without an award notification.
  ContractSigned(document, { data }) {
    const { contractId, bidId, supplierId, signedAt, period } = data;
    return {
      ...document,
      status: 'Concluded',
      contract: { contractId, bidId, supplierId, signedAt, period },
      ...disclosedAt(document, signedAt),
    };
  },

  ContractAwardNoticePublished(document, { data }) {
    const { publishedNoticeAt, noticeRef, late } = data;
    return { ...document, awardNotice: { publishedNoticeAt, noticeRef, late } };
  },

  // The corrected event keeps its recorded values; the correction is listed beside it. Only the standstill,
  // which the correction restates when it moves, is taken over, since signing is judged against it.
  RegistrationCorrected(document, { data }, stored) {
    const { revision: correctsRevision, eventType, field, correctedValue, reason } = data;
    const correction: CorrectionView = {
      revision: stored.revision,
      correctsRevision,
      eventType,
      field,
      correctedValue,
      reason,
      correctedAt: stored.metadata.occurredAt,
    };
    const corrections = [...document.corrections, correction];
    if (data.standstillLastDay === undefined) return { ...document, corrections };
    return { ...document, corrections, standstillLastDay: data.standstillLastDay };
  },

  // The cancellation notice goes to every tenderer (P10), so the bids are no longer secret (P5).
  ProcurementCancelled(document, { data }) {
    const { reasonCategory, justification, cancelledAt } = data;
    return {
      ...document,
      status: 'Cancelled',
      cancellation: { reasonCategory, justification, cancelledAt },
      ...disclosedAt(document, cancelledAt),
    };
  },
};
