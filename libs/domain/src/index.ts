/** The kernel: Decider, Command, DomainEvent, DomainError, the rule catalogue and time helpers. */
export * from './kernel';
/** The procurement stream: tender lifecycle decider, its commands, events and state. */
export * from './procurement';
/** The Swedish deadline calendar: Stockholm dates, days that move a deadline (lag 1930:173), P7 standstill. */
export * from './calendar';
/** Workflows: pure process managers run by the projector. */
export * from './workflows';
