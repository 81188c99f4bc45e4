import type { IntegrationEvent, ReferralProposedV1 } from '@kravspar/contracts';
import { supplier } from './recipients';
import { notify, type RuleOutcome } from './rule-outcome';

/** domain.md §5: the supplier hears of the proposal; the referral id is opaque, no candidate is named. */
export function referralProposed({ data }: IntegrationEvent<ReferralProposedV1>): RuleOutcome {
  return notify({
    rule: 'referral-proposed',
    recipient: supplier(data.supplierId),
    subject: data.referralId,
    title: 'A candidate was proposed for your placement slot',
    body: `Slot ${data.slotId}: accept or decline the referral.`,
  });
}
