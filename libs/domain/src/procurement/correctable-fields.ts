import type { ProcurementEventType } from './events';

/**
 * The data fields a correction may name, per event type: business times and descriptive values. Not ids
 * (other events refer to them), not values the decider derived (`extensionRequired`, `standstillLastDay`,
 * `late`...), and not values a later act was decided on and that a correction cannot undo: the procedure
 * and regime, the buyer unit (access), the tender deadline (bids were received against it; a later one is
 * set with ExtendTenderDeadline), the winners, the review outcome. Supplier acts are stamped by the system
 * clock, so none of their fields can be registered wrongly by an officer.
 */
export const CORRECTABLE_FIELDS: Readonly<Record<ProcurementEventType, readonly string[]>> = {
  ProcurementInitiated: ['title', 'estimatedValue', 'cpv'],
  SocialCriterionAdded: ['description', 'uhmCriterionId'],
  SocialCriterionRemoved: [],
  ProcurementPublished: ['publishedAt', 'questionsDeadline', 'noticeRef'],
  ClarificationRequested: [],
  ClarificationAnswered: ['answer', 'answeredAt'],
  TenderDeadlineExtended: ['reason'],
  BidReceived: [],
  BidWithdrawn: [],
  BidsOpened: ['openedAt', 'openers'],
  SupplierQualified: [],
  SupplierExcluded: ['ground', 'reason'],
  BidsEvaluated: [],
  AwardDecided: ['decidedAt', 'reasons'],
  AwardNotificationSent: ['sentAt', 'channel'],
  ReviewApplicationFiled: ['court', 'filedAt'],
  InterimOrderIssued: ['at'],
  InterimOrderLifted: ['at'],
  ReviewDecided: ['decidedAt'],
  StandstillEnded: [],
  ContractSigned: [],
  ContractAwardNoticePublished: [],
  RegistrationCorrected: [],
  ProcurementCancelled: [],
};

/** A business-time field: its corrected value must be an instant, not in the future (T1). */
export function isTimeField(field: string): boolean {
  return field.endsWith('At');
}
