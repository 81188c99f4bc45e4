/**
 * The Kafka topics of Kravspår's public messages. A topic carries the messages of one stream category,
 * keyed by aggregate id so that each aggregate's messages keep their order; its version changes only
 * with a breaking change of the topic's layout (message versions live in the CloudEvents `type`).
 */
export const PROCUREMENT_TOPIC = 'kravspar.procurement.v1';
export const CONTRACT_TOPIC = 'kravspar.contract.v1';
export const COMMITMENT_TOPIC = 'kravspar.commitment.v1';
export const REFERRAL_TOPIC = 'kravspar.referral.v1';
/** The notifier's output, for downstream consumers (mail gateway, case systems, dashboards). */
export const NOTIFICATIONS_TOPIC = 'kravspar.notifications.v1';
/** Messages the notifier could not process after bounded retries, parked with the error. */
export const NOTIFICATIONS_DLQ_TOPIC = 'kravspar.notifications.dlq.v1';

/** The topics the projector's gateway publishes to and the notifier consumes. */
export const INTEGRATION_TOPICS = [PROCUREMENT_TOPIC, CONTRACT_TOPIC, COMMITMENT_TOPIC, REFERRAL_TOPIC] as const;

/** Every topic Kravspår writes to. */
export const ALL_TOPICS = [...INTEGRATION_TOPICS, NOTIFICATIONS_TOPIC, NOTIFICATIONS_DLQ_TOPIC] as const;

export type IntegrationTopic = (typeof INTEGRATION_TOPICS)[number];
export type KravsparTopic = (typeof ALL_TOPICS)[number];
