import type { Cancellation, Instant, Money, Procedure, Regime, SocialCriterion } from '@kravspar/domain';
import type {
  AwardNoticeView,
  AwardView,
  BidView,
  ClarificationView,
  ContractView,
  CorrectionView,
  DeadlineExtensionView,
  NotificationView,
  OpeningView,
  ReviewView,
} from './document-parts';

export type * from './document-parts';

/** The lifecycle stages of domain.md §2 as the read model shows them; `underReview` is a flag beside them. */
export const PROCUREMENT_DOCUMENT_STATUSES = [
  'Planning',
  'Published',
  'BidsOpened',
  'Evaluating',
  'AwardDecided',
  'Standstill',
  'ReadyToContract',
  'Concluded',
  'Cancelled',
] as const;
export type ProcurementDocumentStatus = (typeof PROCUREMENT_DOCUMENT_STATUSES)[number];

/** GET /procurements/{id}: one procurement as the procurement team sees it (domain.md §4, list / detail). */
export interface ProcurementDocument {
  readonly id: string;
  readonly title: string;
  readonly status: ProcurementDocumentStatus;
  /** A review application is undecided (the side state UnderReview, which blocks signing). */
  readonly underReview: boolean;
  readonly buyerUnitId: string;
  readonly procedure: Procedure;
  readonly regime: Regime;
  readonly estimatedValue: Money;
  readonly cpv?: string;
  readonly socialCriteria: readonly SocialCriterion[];
  readonly publishedAt?: Instant;
  /** The current deadline, after every extension. */
  readonly tenderDeadline?: Instant;
  readonly questionsDeadline?: Instant;
  readonly electronicTenders?: boolean;
  readonly noticeRef?: string;
  /** The P2 minimum (days) the tender deadline was checked against at publication. */
  readonly minimumTenderDays?: number;
  readonly deadlineExtensions: readonly DeadlineExtensionView[];
  readonly clarifications: readonly ClarificationView[];
  /** P5: filtered per reader by query-api until `bidsDisclosedAt`. */
  readonly bids: readonly BidView[];
  /** Bids received and not withdrawn; withheld with the bids. */
  readonly bidCount?: number;
  readonly opening?: OpeningView;
  readonly award?: AwardView;
  readonly notification?: NotificationView;
  /** When P5 secrecy ended: the first award notification, the cancellation, or the signing. */
  readonly bidsDisclosedAt?: Instant;
  /** The last standstill day in force (P7, extended under P8); null where none runs. */
  readonly standstillLastDay: string | null;
  readonly standstillEndedAt?: Instant;
  readonly reviews: readonly ReviewView[];
  readonly contract?: ContractView;
  readonly awardNotice?: AwardNoticeView;
  readonly corrections: readonly CorrectionView[];
  readonly cancellation?: Cancellation;
  /** The revision of the procurement stream this document reflects (the `ETag`). */
  readonly revision: number;
  /** When the last event applied was recorded. */
  readonly updatedAt: Instant;
}
