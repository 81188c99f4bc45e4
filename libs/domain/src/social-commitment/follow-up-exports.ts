// What the rest of the system needs of the commitment's follow-up; index.ts re-exports it in one line.
export * from './follow-up-messages';
export type { BreachedCommitment, ClosedCommitment, CommitmentFollowUp, EarlyEnd, ReceivedReport } from './follow-up-state';
export { followUpOf } from './follow-up-state';
export { EARLY_END_SHARE, judgeCommitment, monthsBetween } from './fulfilment';
export {
  addMonths,
  findReportingPeriod,
  firstPlacementDueDate,
  REPORT_DUE_DAYS,
  reportDueDate,
  reportingPeriods,
  type ReportingPeriod,
} from './reporting-periods';
