/** The procurement list / detail document and the audit timeline of a procurement (domain.md §4). */
export {
  PROCUREMENT_DOCUMENT_STATUSES,
  type AssessmentView,
  type AwardNoticeView,
  type AwardView,
  type BidView,
  type ClarificationView,
  type ContractView,
  type CorrectionView,
  type DeadlineExtensionView,
  type NotificationView,
  type OpeningView,
  type ProcurementDocument,
  type ProcurementDocumentStatus,
  type ReviewView,
} from './procurement-document';
export { toListEntry, type ProcurementListEntry, type ProcurementListItem } from './procurement-list-item';
export { procurementIdOf, projectProcurement } from './project-procurement';
export {
  correctionOf,
  LATE_REGISTRATION_MS,
  TIMELINE_FLAGS,
  toTimelineEntry,
  type TimelineEntry,
  type TimelineFlag,
} from './procurement-timeline';
export { timelineStep, type TimelineState, type TimelineStep } from './timeline-step';
export { markCorrected, projectTimeline, type ProcurementTimeline } from './project-timeline';
