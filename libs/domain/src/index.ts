/** The kernel: Decider, Command, DomainEvent, DomainError, the rule catalogue and time helpers. */
export * from './kernel';
/** The procurement stream: tender lifecycle decider, its commands, events and state. */
export * from './procurement';
