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
} as const;

export type RuleId = keyof typeof RULES;
