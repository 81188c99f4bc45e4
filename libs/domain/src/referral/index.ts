/** The referral stream (`referral-<id>`): the labour-market unit's referral of one candidate, domain.md §3. */
export { referralDecider } from './referral.decider';
export * from './messages';
export type * from './state';
export { initialReferralState, isCandidateErased, referralFactsOf } from './state';
export { REFERRAL_STREAM_CATEGORY, referralStreamId } from './stream';
