/** Given/when/then for deciders: `DeciderSpec.for(decider).given(events).when(command).then(events)`. */
export * from './decider-spec';
export * from './event-store-contract';
/** A database of its own per test file on the run's PostgreSQL: `createTestDatabase()`, then `drop()`. */
export { createTestDatabase, type TestDatabase } from './postgres/test-database';
export * from './projection-spec';
/** librdkafka's mock cluster through kcat, for tests of the Kafka adapter (skipped without kcat, failed under CI). */
export * from './kafka/kafka-mock-cluster';
