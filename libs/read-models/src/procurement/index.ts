/** The procurement list / detail document and the audit timeline of a procurement (domain.md §4). */
export {
  PROCUREMENT_DOCUMENT_STATUSES,
  toListItem,
  type ProcurementDocument,
  type ProcurementDocumentStatus,
  type ProcurementListItem,
} from './procurement-document';
export { procurementIdOf, projectProcurement } from './project-procurement';
export { LATE_REGISTRATION_MS, toTimelineEntry, type TimelineEntry, type TimelineFlag } from './procurement-timeline';
