/**
 * The event store: the `EventStore` port, the one write path (`handleCommand`), the integrity hashing
 * every adapter shares, and the PostgreSQL, KurrentDB and in-memory adapters.
 */
export * from './event-store.port';
export * from './errors';
export { matchesFilter } from './filter';
export { computeEventHash, findIntegrityProblem, GENESIS_HASH, type IntegrityProblem } from './integrity';
export { handleCommand, type CommandContext, type CommandOutcome } from './write-path/handle-command';
export { eventIdFor } from './write-path/event-ids';
export { FoldedStates, DEFAULT_FOLDED_STREAMS, type FoldedState } from './write-path/folded-states';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export { PostgresEventStore } from './postgres/postgres-event-store';
export { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
export { eventStoreMigrations } from './postgres/event-store.migrations';
export { EventStoreModule, EVENT_STORE, STORED_EVENT_STORE } from './nest/event-store.module';
export { upcastingEventStore } from './upcasting-event-store';
export * from './audit';
