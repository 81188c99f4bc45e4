/** The commitment detail and its placement funnel (domain.md §3, §4). */
export {
  SLOT_STATUSES,
  type CommitmentDocument,
  type SlotInterruption,
  type SlotStatus,
  type SlotView,
} from './commitment-document';
export { placementFunnel, type PlacementFunnel } from './placement-funnel';
export { projectCommitment } from './project-commitment';
