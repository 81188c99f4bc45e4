/** The stream category of referrals (domain.md §1). */
export const REFERRAL_STREAM_CATEGORY = 'referral';

/** The stream of one referral: `referral-<id>`. */
export function referralStreamId(referralId: string): string {
  return `${REFERRAL_STREAM_CATEGORY}-${referralId}`;
}
