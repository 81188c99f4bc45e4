/** The kernel: Decider, Command, DomainEvent, DomainError, the rule catalogue and time helpers. */
export * from './kernel';
/** The procurement stream: tender lifecycle decider, its commands, events and state. */
export * from './procurement';
/** The Swedish deadline calendar: Stockholm dates, days that move a deadline (lag 1930:173), P7 standstill. */
export * from './calendar';
/** Workflows: pure process managers run by the projector. */
export * from './workflows';
/** The contract stream: registration, start and follow-up of a signed contract (C1–C3). */
export * from './contract';
/** The commitment stream: one social criterion of a contract, its placement slots, reports and end (S1–S8). */
export * from './social-commitment';
/** The referral stream: the labour-market unit's referrals, the suppliers' answers and erasure (R1–R3). */
export * from './referral';
/** Time travel: a stream folded by its category's decider, with business and recorded times side by side. */
export * from './time-travel/stream-state';
