/** The referral of the matching context (domain.md §3), for the labour-market unit only. */
export {
  PLACEMENT_STATUSES,
  REFERRAL_STATUSES,
  type MatchedSlotView,
  type PlacementStatus,
  type ReferralDocument,
  type ReferralStatus,
} from './referral-document';
export { projectReferral, referralIdFor } from './project-referral';
