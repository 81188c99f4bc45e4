/** Commitment compliance and social-criteria coverage (domain.md §4). */
export {
  COMPLIANCE_CONTRACT_STATUSES,
  type CommitmentComplianceDocument,
  type ComplianceContractStatus,
  type ContractComplianceDocument,
  type DeviationRecord,
  type PenaltyRecord,
} from './compliance-document';
export { projectContractCompliance } from './project-contract-compliance';
export { projectCommitmentCompliance } from './project-commitment-compliance';
export {
  contractComplianceView,
  type CommitmentComplianceView,
  type ContractComplianceView,
  type FirstPlacementStatus,
  type ReportPeriodView,
  type ReportStatus,
} from './compliance-view';
export { socialCriteriaCoverage, type CoverageItem, type CoverageRow } from './coverage';
