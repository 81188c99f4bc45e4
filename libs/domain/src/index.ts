/** The kernel: Decider, Command, DomainEvent, DomainError, the rule catalogue and time helpers. */
export * from './kernel';
/** The procurement stream: tender lifecycle decider, its commands, events and state. */
export * from './procurement';
/** The Swedish deadline calendar: Stockholm dates, days that move a deadline (lag 1930:173), P7 standstill. */
export * from './calendar';
/** Workflows: pure process managers run by the projector. */
export * from './workflows';
/** The contract stream: registration and start of a signed contract (C3). */
export * from './contract';
/** The commitment stream: one social criterion of a contract, its placement slots (S1–S8) and their counts. */
export * from './social-commitment';
/** The referral stream: the labour-market unit's referrals and the suppliers' answers (R1, R2). */
export * from './referral';
