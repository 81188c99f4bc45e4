import {
  AWARD_NOTICE_PUBLISHED_V1, AWARD_NOTIFICATION_SENT_V1, CLARIFICATION_ANSWERED_V1, COMMITMENT_BREACHED_V1,
  COMMITMENT_ESTABLISHED_V1, COMMITMENT_FULFILLED_V1, CONTRACT_SIGNED_V1, CONTRACT_STARTED_V1,
  FIRST_PLACEMENT_OVERDUE_V1, INTERIM_ORDER_ISSUED_V1, PLACEMENT_SLOT_OFFERED_V1, PLACEMENT_STARTED_V1,
  PROCUREMENT_CANCELLED_V1, PROCUREMENT_PUBLISHED_V1, REFERRAL_PROPOSED_V1, REPORT_OVERDUE_V1,
  REVIEW_APPLICATION_FILED_V1, REVIEW_DECIDED_V1, STANDSTILL_ENDED_V1, STANDSTILL_RESCHEDULED_V1,
  type IntegrationEvent, type MessageContract,
} from '@kravspar/contracts';
import * as commitment from './commitment.rules';
import * as procurement from './procurement.rules';
import * as referral from './referral.rules';
import { NOTHING, type RuleOutcome } from './rule-outcome';

type MessageRule = (event: IntegrationEvent<never>) => RuleOutcome;

/** Ties a rule to the message contract whose data it reads. */
const on = <T>(contract: MessageContract<T>, rule: (event: IntegrationEvent<T>) => RuleOutcome): [string, MessageRule] => [
  contract.type,
  rule as MessageRule,
];

/** The notifier's rules by message type (domain.md §5). Messages of other known types raise nothing. */
const RULES: ReadonlyMap<string, MessageRule> = new Map([
  on(PROCUREMENT_PUBLISHED_V1, procurement.procurementPublished),
  on(CLARIFICATION_ANSWERED_V1, procurement.clarificationAnswered),
  on(REVIEW_APPLICATION_FILED_V1, procurement.reviewApplicationFiled),
  on(INTERIM_ORDER_ISSUED_V1, procurement.interimOrderIssued),
  on(REVIEW_DECIDED_V1, procurement.reviewDecided),
  on(AWARD_NOTIFICATION_SENT_V1, procurement.awardNotificationSent),
  on(STANDSTILL_RESCHEDULED_V1, procurement.standstillRescheduled),
  on(STANDSTILL_ENDED_V1, procurement.standstillEnded),
  on(PROCUREMENT_CANCELLED_V1, procurement.procurementCancelled),
  on(CONTRACT_SIGNED_V1, procurement.contractSigned),
  on(AWARD_NOTICE_PUBLISHED_V1, procurement.awardNoticePublished),
  on(CONTRACT_STARTED_V1, commitment.contractStarted),
  on(COMMITMENT_ESTABLISHED_V1, commitment.commitmentEstablished),
  on(PLACEMENT_SLOT_OFFERED_V1, commitment.placementSlotOffered),
  on(PLACEMENT_STARTED_V1, commitment.placementStarted),
  on(FIRST_PLACEMENT_OVERDUE_V1, commitment.firstPlacementOverdue),
  on(REPORT_OVERDUE_V1, commitment.reportOverdue),
  on(COMMITMENT_FULFILLED_V1, commitment.commitmentFulfilled),
  on(COMMITMENT_BREACHED_V1, commitment.commitmentBreached),
  on(REFERRAL_PROPOSED_V1, referral.referralProposed),
]);

/** What a parsed (schema-checked) message leads to. */
export function rulesFor(event: IntegrationEvent<unknown>): RuleOutcome {
  const rule = RULES.get(event.type);
  return rule ? rule(event as IntegrationEvent<never>) : NOTHING;
}

/** The message types some rule reads (for tests that check every one is a known contract). */
export const RULED_TYPES: readonly string[] = [...RULES.keys()];
