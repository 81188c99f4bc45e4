/**
 * The rules of domain.md that can refuse or flag an act, with their legal basis. A refusal names its
 * rule id; an event lists the ids of the rules it was checked against in `ruleRefs`.
 */
export const RULES = {
  T1: { ref: 'Kravspår T1', title: 'No act lies in the future of the system clock (5 minutes of skew)' },
  STATE: { ref: 'Kravspår STATE', title: 'The command is not possible in the current state' },
  P1: { ref: 'UHM employment requirement guidance', title: 'Publication and placement criteria need their required fields' },
  P2: { ref: 'LOU 11:2, 11:6', title: 'Minimum time for tenders' },
  P3: { ref: 'LOU 12:11', title: 'Clarifications go to all suppliers in time' },
  P4: { ref: 'LOU 12:10', title: 'No bid after the deadline; opening after it by at least two openers' },
  P5: { ref: 'OSL 19:3', title: 'Bids are secret until the award notification' },
  P6: { ref: 'LOU 12:12', title: 'Award decision after opening, qualification and evaluation, with reasons' },
  P7: { ref: 'LOU 20:1-2', title: 'Standstill period' },
  P8: { ref: 'LOU 20:4-5', title: 'Review applications and interim orders extend or block the standstill' },
  P9: { ref: 'LOU 20:1', title: 'No contract signed during standstill or an interim order' },
  P10: { ref: 'LOU 12:12', title: 'Cancellation only before signing, with a reason category and justification' },
  P11: { ref: 'LOU 22:1', title: 'Contract award notice within 30 days of signing' },
  C1: { ref: 'Kravspår C1 (contract terms)', title: 'Penalties only for sanctions named in the criteria' },
  C2: { ref: 'Kravspår C2 (contract terms)', title: 'A rectification request precedes a penalty for the same deviation' },
  C3: { ref: 'Kravspår C3', title: 'No follow-up after termination or completion' },
  S1: { ref: 'Kravspår S1', title: 'Match only while the commitment is active and fewer slots are matched than committed' },
  S2: { ref: 'Kravspår S2', title: 'Only an offered slot can be matched; a referral is in at most one slot' },
  S3: { ref: 'Kravspår S3', title: 'A placement starts on or after its match' },
  S4: { ref: 'Kravspår S4', title: 'Complete or interrupt only after the start' },
  S5: { ref: 'Kravspår S5', title: 'Reasons and outcomes are closed code lists' },
  S6: { ref: 'UHM employment requirement guidance', title: 'The first placement starts within the agreed days of the contract start' },
  S7: { ref: 'UHM employment requirement, alternative a', title: 'An early-ended employment counts once 75 % of the time was served' },
  S8: { ref: 'Kravspår S8', title: "Only the contract's supplier offers slots and reports, with counts only" },
  R1: { ref: 'Kravspår R1 (GDPR art. 5, 25)', title: 'Only the labour-market unit handles referrals' },
  R2: { ref: 'Kravspår R2', title: 'A referral is proposed to an offered slot only' },
  R3: { ref: 'GDPR art. 17', title: 'Nothing is proposed or matched for an erased candidate' },
} as const;

export type RuleId = keyof typeof RULES;
