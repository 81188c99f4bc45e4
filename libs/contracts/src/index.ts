/**
 * `libs/contracts` (architecture §2): Kravspår's public messages — topics, the CloudEvents envelope and
 * its Kafka binding, one versioned message per file with its JSON Schema. Pure: it imports nothing.
 */
export * from './topics';
export * from './json-schema';
export * from './message-contract';
export * from './vocabulary';
export * from './cloud-event';
export * from './messages';
export * from './procurement/social-criterion.v1';
export * from './procurement/procurement-published.v1';
export * from './procurement/clarification-answered.v1';
export * from './procurement/review-application-filed.v1';
export * from './procurement/interim-order-issued.v1';
export * from './procurement/review-decided.v1';
export * from './procurement/procurement-cancelled.v1';
export * from './procurement/award-notification-sent.v1';
export * from './procurement/standstill-ended.v1';
export * from './procurement/standstill-rescheduled.v1';
export * from './procurement/contract-signed.v1';
export * from './procurement/award-notice-published.v1';
export * from './contract/contract-started.v1';
export * from './commitment/commitment-parties.v1';
export * from './commitment/commitment-established.v1';
export * from './commitment/commitment-judged.v1';
export * from './commitment/placement-slot-offered.v1';
export * from './commitment/placement-started.v1';
export * from './commitment/placement-completed.v1';
export * from './commitment/report-overdue.v1';
export * from './commitment/first-placement-overdue.v1';
export * from './referral/referral-proposed.v1';
export * from './notifications/notification.v1';
export * from './notifications/dead-letter.v1';
