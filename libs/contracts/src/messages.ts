import type { IntegrationEvent } from './cloud-event';
import { COMMITMENT_ESTABLISHED_V1 } from './commitment/commitment-established.v1';
import { COMMITMENT_BREACHED_V1, COMMITMENT_FULFILLED_V1 } from './commitment/commitment-judged.v1';
import { FIRST_PLACEMENT_OVERDUE_V1 } from './commitment/first-placement-overdue.v1';
import { PLACEMENT_COMPLETED_V1 } from './commitment/placement-completed.v1';
import { PLACEMENT_SLOT_OFFERED_V1 } from './commitment/placement-slot-offered.v1';
import { PLACEMENT_STARTED_V1 } from './commitment/placement-started.v1';
import { REPORT_OVERDUE_V1 } from './commitment/report-overdue.v1';
import { CONTRACT_STARTED_V1 } from './contract/contract-started.v1';
import type { MessageContract } from './message-contract';
import { NOTIFICATION_V1 } from './notifications/notification.v1';
import { AWARD_NOTICE_PUBLISHED_V1 } from './procurement/award-notice-published.v1';
import { AWARD_NOTIFICATION_SENT_V1 } from './procurement/award-notification-sent.v1';
import { CLARIFICATION_ANSWERED_V1 } from './procurement/clarification-answered.v1';
import { CONTRACT_SIGNED_V1 } from './procurement/contract-signed.v1';
import { INTERIM_ORDER_ISSUED_V1 } from './procurement/interim-order-issued.v1';
import { PROCUREMENT_CANCELLED_V1 } from './procurement/procurement-cancelled.v1';
import { PROCUREMENT_PUBLISHED_V1 } from './procurement/procurement-published.v1';
import { REVIEW_APPLICATION_FILED_V1 } from './procurement/review-application-filed.v1';
import { REVIEW_DECIDED_V1 } from './procurement/review-decided.v1';
import { STANDSTILL_ENDED_V1 } from './procurement/standstill-ended.v1';
import { STANDSTILL_RESCHEDULED_V1 } from './procurement/standstill-rescheduled.v1';
import { REFERRAL_PROPOSED_V1 } from './referral/referral-proposed.v1';

/** `source` of the messages the projector's gateway produces. */
export const GATEWAY_SOURCE = '/kravspar/projector';
/** `source` of the notifications. */
export const NOTIFIER_SOURCE = '/kravspar/notifier';

/** Every message the gateway publishes on the integration topics. */
export const INTEGRATION_MESSAGES: readonly MessageContract<unknown>[] = [
  PROCUREMENT_PUBLISHED_V1,
  CLARIFICATION_ANSWERED_V1,
  REVIEW_APPLICATION_FILED_V1,
  INTERIM_ORDER_ISSUED_V1,
  REVIEW_DECIDED_V1,
  PROCUREMENT_CANCELLED_V1,
  AWARD_NOTIFICATION_SENT_V1,
  STANDSTILL_ENDED_V1,
  STANDSTILL_RESCHEDULED_V1,
  CONTRACT_SIGNED_V1,
  AWARD_NOTICE_PUBLISHED_V1,
  CONTRACT_STARTED_V1,
  COMMITMENT_ESTABLISHED_V1,
  COMMITMENT_FULFILLED_V1,
  COMMITMENT_BREACHED_V1,
  PLACEMENT_SLOT_OFFERED_V1,
  PLACEMENT_STARTED_V1,
  PLACEMENT_COMPLETED_V1,
  REPORT_OVERDUE_V1,
  FIRST_PLACEMENT_OVERDUE_V1,
  REFERRAL_PROPOSED_V1,
];

/** Every JSON message with a schema: the integration messages and the notification. */
export const ALL_MESSAGES: readonly MessageContract<unknown>[] = [...INTEGRATION_MESSAGES, NOTIFICATION_V1];

const byType = new Map(ALL_MESSAGES.map((contract) => [contract.type, contract]));

/** The contract of a CloudEvents `type`, or undefined for a type this version does not know. */
export function messageContractFor(type: string): MessageContract<unknown> | undefined {
  return byType.get(type);
}

/** Where a message comes from: the source event's id, its aggregate, time and global position. */
export interface MessageOrigin {
  readonly id: string;
  readonly subject: string;
  readonly time: string;
  readonly position: number;
  readonly source?: string;
}

/** Wraps data as the CloudEvent of `contract`. */
export function integrationEvent<Data>(contract: MessageContract<Data>, origin: MessageOrigin, data: Data): IntegrationEvent<Data> {
  return {
    specversion: '1.0',
    id: origin.id,
    source: origin.source ?? GATEWAY_SOURCE,
    type: contract.type,
    subject: origin.subject,
    time: origin.time,
    datacontenttype: 'application/json',
    data,
    position: origin.position,
  };
}
